import { paths } from '../urls/paths'
import { safeHttpsUrl } from '../lib/safe-url'
import { SITE_NAME } from './site-url'
import { TRANSLATION_LANGUAGE, translationOf } from '../format/translation'
import type { DatasetIndex } from '../model/dataset-index'
import type { Driver, Quote, Race, Source, Team } from '../dataset/schema'

/** A schema.org JSON-LD object; put it in the page with jsonForHtml (src/lib/html-json.ts). */
export type JsonLd = Record<string, unknown>

/** The page the JSON-LD goes on: its absolute address, unknown when SITE_URL is not set. */
export type JsonLdPage = { url?: string | undefined }

/** The page, and the absolute address of any in-app path (absoluteUrl with the site's origin). */
export type JsonLdLinks = JsonLdPage & { urlOf: (path: string) => string | undefined }

const CONTEXT = 'https://schema.org'

/** Without the keys whose value is undefined or an empty list: a field the data does not have. */
function compact(fields: Record<string, unknown>): JsonLd {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  )
}

/** A relative or non-web address in JSON-LD names another page than this one: fail the build. */
function absolute(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  let protocol: string | undefined
  try {
    protocol = new URL(url).protocol
  } catch {
    protocol = undefined
  }
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new Error(`JSON-LD takes absolute http(s) addresses only, got ${JSON.stringify(url)}`)
  }
  return url
}

/**
 * A node about the page at `url`. Its @id is that address with `#kind`, so the Person on a
 * driver page and the Person a quote names as its creator are one node to a crawler.
 */
function node(type: string, url: string | undefined, kind: string | undefined, fields: JsonLd) {
  const at = absolute(url)
  const id = at === undefined || kind === undefined ? at : `${at}#${kind}`
  return compact({ '@type': type, '@id': id, ...fields, url: at })
}

function root(type: string, url: string | undefined, kind: string | undefined, fields: JsonLd) {
  return { '@context': CONTEXT, ...node(type, url, kind, fields) }
}

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
      inLanguage: TRANSLATION_LANGUAGE,
      translator: organization(SITE_NAME),
    },
  })
}

/** The explorer, the site's home. */
export function websiteJsonLd(page: JsonLdPage): JsonLd {
  return root('WebSite', page.url, 'website', { name: SITE_NAME })
}

/** A list page: /drivers, /races, /teams. The page is the node, so its @id is its address. */
export function collectionJsonLd(name: string, description: string, page: JsonLdPage): JsonLd {
  return root('CollectionPage', page.url, undefined, { name, description })
}
