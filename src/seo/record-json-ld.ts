import { paths } from '../urls/paths'
import { safeHttpsUrl } from '../lib/safe-url'
import { translationOf } from '../format/translation'
import { lang } from '../i18n/language'
import type { DatasetIndex } from '../model/dataset-index'
import type { Driver, Quote, Race, Source, Team } from '../dataset/schema'
import { SITE_NAME } from './site-url'
import { compact, node, root, type JsonLd, type JsonLdLinks } from './structured-data'

// The JSON-LD of a record's page (a driver, race, team or quote): apart from the site's own
// (structured-data.ts), so the explorer's first script does not carry it.

function known<T>(ids: readonly string[], byId: ReadonlyMap<string, T>): T[] {
  return [...new Set(ids)].flatMap((id) => {
    const record = byId.get(id)
    return record === undefined ? [] : [record]
  })
}

function personRef(driver: Driver, links: JsonLdLinks): JsonLd {
  return node('Person', links.urlOf(paths.driver(driver.id)), 'person', { name: driver.name })
}

function teamRef(team: Team, links: JsonLdLinks): JsonLd {
  return node('SportsTeam', links.urlOf(paths.team(team.id)), 'team', {
    name: team.name,
    sport: team.category,
  })
}

const organization = (name: string): JsonLd => ({ '@type': 'Organization', name })

/** A driver page: the driver, and the teams they drive for. */
export function driverJsonLd(index: DatasetIndex, driver: Driver, page: JsonLdLinks): JsonLd {
  const teamIds = driver.affiliations.map((affiliation) => affiliation.teamId)
  return root('Person', page.url, 'person', {
    name: driver.name,
    description: driver.description,
    nationality: driver.nationality,
    memberOf: known(teamIds, index.teamById).map((team) => teamRef(team, page)),
  })
}

/** A race page: the event, by its other names, at its venue. */
export function raceJsonLd(_index: DatasetIndex, race: Race, page: JsonLdLinks): JsonLd {
  const otherNames = [...new Set([race.shortName, race.nickname])].filter(
    (name) => name !== undefined,
  )
  return root('SportsEvent', page.url, 'event', {
    name: race.name,
    alternateName: otherNames.length === 1 ? otherNames[0] : otherNames,
    description: race.description,
    location: race.venue === undefined ? undefined : { '@type': 'Place', name: race.venue },
  })
}

/** A team page: the team, its category as its sport, and its drivers. */
export function teamJsonLd(index: DatasetIndex, team: Team, page: JsonLdLinks): JsonLd {
  const drivers = index.driversByTeam.get(team.id) ?? []
  return root('SportsTeam', page.url, 'team', {
    name: team.name,
    sport: team.category,
    athlete: drivers.map((driver) => personRef(driver, page)),
  })
}

function sourceWork(source: Source): JsonLd {
  return compact({
    '@type': 'CreativeWork',
    headline: source.title,
    publisher: organization(source.publisher),
    datePublished: source.published,
    inLanguage: source.language,
    url: safeHttpsUrl(source.url),
  })
}

/** A quote's permalink page: the words as published, who said them, about whom, and where. */
export function quoteJsonLd(index: DatasetIndex, quote: Quote, page: JsonLdLinks): JsonLd {
  const speaker = index.driverById.get(quote.speakerId)
  const source = index.sourceById.get(quote.sourceId)
  const translation = translationOf(quote)
  return root('Quotation', page.url, 'quote', {
    text: quote.text,
    inLanguage: quote.language,
    description: quote.context,
    creator: speaker && personRef(speaker, page),
    about: known(quote.aboutDriverIds, index.driverById).map((driver) => personRef(driver, page)),
    isBasedOn: source && sourceWork(source),
    workTranslation: translation && {
      '@type': 'Quotation',
      text: translation,
      inLanguage: lang,
      translator: organization(SITE_NAME),
    },
  })
}
