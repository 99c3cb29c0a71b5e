import { describe, expect, it } from 'vitest'
import { buildDatasetIndex, type DatasetIndex } from '../../src/model/dataset-index'
import type { Dataset } from '../../src/dataset/schema'
import { collectionJsonLd, websiteJsonLd, type JsonLdLinks } from '../../src/seo/structured-data'
import { driverJsonLd, quoteJsonLd, raceJsonLd, teamJsonLd } from '../../src/seo/record-json-ld'
import { jsonForHtml } from '../../src/lib/html-json'
import { paths } from '../../src/urls/paths'
import { absoluteUrl } from '../../src/seo/site-url'
import { changedCopy, shippedCopy } from '../support/shipped-dataset'

const SITE = 'https://paddock.example/paddock'
const urlOf = (path: string) => absoluteUrl('https://paddock.example', '/paddock/', path)
const pageAt = (path: string): JsonLdLinks => ({ url: urlOf(path), urlOf })
/** A build without SITE_URL: no page knows its own address or any other. */
const noSite: JsonLdLinks = { urlOf: () => undefined }

function record<T extends { id: string }>(map: ReadonlyMap<string, T>, id: string): T {
  const found = map.get(id)
  if (!found) throw new Error(`The dataset has no ${id}`)
  return found
}

function indexOf(dataset: Dataset = shippedCopy()) {
  return buildDatasetIndex(dataset)
}

/** Every key and string value anywhere in the JSON-LD, for what must never appear. */
function everything(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(everything)
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [key, ...everything(item)])
  }
  return []
}

function expectNoAddresses(jsonLd: unknown) {
  const strings = everything(jsonLd)
  expect(strings).not.toContain('url')
  expect(strings).not.toContain('@id')
  expect(strings.filter((s) => /^https?:|^\//.test(s))).toEqual(['https://schema.org'])
}

describe('driverJsonLd', () => {
  const index = indexOf()
  const gasly = record(index.driverById, 'pierre-gasly')

  it('describes Pierre Gasly as a Person on both his teams, linked to their pages', () => {
    expect(driverJsonLd(index, gasly, pageAt(paths.driver('pierre-gasly')))).toEqual({
      '@context': 'https://schema.org',
      inLanguage: 'en',
      '@type': 'Person',
      '@id': `${SITE}/drivers/pierre-gasly#person`,
      name: 'Pierre Gasly',
      description: gasly.description,
      memberOf: [
        {
          '@type': 'SportsTeam',
          '@id': `${SITE}/teams/alphatauri#team`,
          name: 'AlphaTauri',
          sport: 'Formula 1',
          url: `${SITE}/teams/alphatauri`,
        },
        {
          '@type': 'SportsTeam',
          '@id': `${SITE}/teams/veloce-esports#team`,
          name: 'Veloce Esports',
          sport: 'Esports',
          url: `${SITE}/teams/veloce-esports`,
        },
      ],
      url: `${SITE}/drivers/pierre-gasly`,
    })
    expect(gasly.description).toMatch(/^Formula 1 driver for AlphaTauri/)
  })

  it('gives the nationality only of a driver who has one', () => {
    expect(driverJsonLd(index, gasly, noSite)).not.toHaveProperty('nationality')
    const opmeer = record(index.driverById, 'jarno-opmeer')
    expect(driverJsonLd(index, opmeer, noSite)).toHaveProperty('nationality', 'Dutch')
  })

  it('names no address at all without a site URL', () => {
    const jsonLd = driverJsonLd(index, gasly, noSite)
    expectNoAddresses(jsonLd)
    expect(jsonLd).toMatchObject({ name: 'Pierre Gasly', memberOf: [{ name: 'AlphaTauri' }, {}] })
  })

  it('drops the description and teams a driver does not have', () => {
    const dataset = changedCopy((d) => {
      const driver = d.drivers.find((each) => each.id === 'pierre-gasly')
      if (driver) Object.assign(driver, { description: undefined, affiliations: [] })
    })
    const index = indexOf(dataset)
    expect(driverJsonLd(index, record(index.driverById, 'pierre-gasly'), noSite)).toEqual({
      '@context': 'https://schema.org',
      inLanguage: 'en',
      '@type': 'Person',
      name: 'Pierre Gasly',
    })
  })

  it('refuses a relative page address instead of naming the wrong page', () => {
    const relative = { url: '/drivers/pierre-gasly', urlOf }
    expect(() => driverJsonLd(index, gasly, relative)).toThrow(/absolute http\(s\) addresses/)
    const relativeLinks = { url: urlOf('/drivers/pierre-gasly'), urlOf: (path: string) => path }
    expect(() => driverJsonLd(index, gasly, relativeLinks)).toThrow(/got "\/teams\/alphatauri"/)
  })
})

describe('raceJsonLd', () => {
  const index = indexOf()

  it('describes the Indy 500 by both its other names, at its venue', () => {
    const indy = record(index.raceById, 'indy-500')
    expect(raceJsonLd(index, indy, pageAt(paths.race('indy-500')))).toEqual({
      '@context': 'https://schema.org',
      inLanguage: 'en',
      '@type': 'SportsEvent',
      '@id': `${SITE}/races/indy-500#event`,
      name: 'Indianapolis 500',
      alternateName: ['Indy 500', 'The Greatest Spectacle in Racing'],
      description: 'In 2020 it was postponed because of the coronavirus, to 23 August.',
      location: { '@type': 'Place', name: 'The Brickyard' },
      url: `${SITE}/races/indy-500`,
    })
  })

  it('gives Le Mans its one short name and no location, as it has no venue', () => {
    const jsonLd = raceJsonLd(index, record(index.raceById, 'le-mans'), noSite)
    expect(jsonLd).toHaveProperty('alternateName', 'Le Mans')
    expect(jsonLd).not.toHaveProperty('location')
    expectNoAddresses(jsonLd)
  })
})

describe('teamJsonLd', () => {
  const index = indexOf()

  it('lists the team’s drivers as its athletes, linked to their pages', () => {
    const veloce = record(index.teamById, 'veloce-esports')
    const jsonLd = teamJsonLd(index, veloce, pageAt(paths.team('veloce-esports')))
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      inLanguage: 'en',
      '@type': 'SportsTeam',
      '@id': `${SITE}/teams/veloce-esports#team`,
      name: 'Veloce Esports',
      sport: 'Esports',
      url: `${SITE}/teams/veloce-esports`,
    })
    expect(jsonLd.athlete).toEqual(
      ['pierre-gasly', 'jean-eric-vergne', 'jarno-opmeer', 'isaac-gillissen'].map((id) => ({
        '@type': 'Person',
        '@id': `${SITE}/drivers/${id}#person`,
        name: record(index.driverById, id).name,
        url: `${SITE}/drivers/${id}`,
      })),
    )
  })

  it('has no sport for a team without a category, and no athletes for a team without drivers', () => {
    const dataset = changedCopy((d) => {
      d.teams.push({ id: 'privateer', name: 'Privateer' })
    })
    const index = indexOf(dataset)
    expect(teamJsonLd(index, record(index.teamById, 'privateer'), noSite)).toEqual({
      '@context': 'https://schema.org',
      inLanguage: 'en',
      '@type': 'SportsTeam',
      name: 'Privateer',
    })
  })
})

describe('quoteJsonLd', () => {
  const QUOTE = 'vergne-hopes-gasly-does-le-mans'
  const quoteIn = (index: DatasetIndex, links: JsonLdLinks = pageAt(paths.quote(QUOTE))) =>
    quoteJsonLd(index, record(index.quoteById, QUOTE), links)

  it('quotes Vergne in Dutch, about Gasly, from Motorsport.com, with the English translation', () => {
    expect(quoteIn(indexOf())).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Quotation',
      '@id': `${SITE}/quotes/${QUOTE}#quote`,
      text: 'Ik hoop zeker dat hij op een dag Le Mans gaat doen',
      inLanguage: 'nl',
      description: 'About his Veloce Esports teammate Pierre Gasly',
      creator: {
        '@type': 'Person',
        '@id': `${SITE}/drivers/jean-eric-vergne#person`,
        name: 'Jean-Eric Vergne',
        url: `${SITE}/drivers/jean-eric-vergne`,
      },
      about: [
        {
          '@type': 'Person',
          '@id': `${SITE}/drivers/pierre-gasly#person`,
          name: 'Pierre Gasly',
          url: `${SITE}/drivers/pierre-gasly`,
        },
      ],
      isBasedOn: {
        '@type': 'CreativeWork',
        publisher: { '@type': 'Organization', name: 'Motorsport.com' },
        datePublished: '2020-06',
        inLanguage: 'nl',
      },
      workTranslation: {
        '@type': 'Quotation',
        text: 'I really hope he does Le Mans one day',
        inLanguage: 'en',
        translator: { '@type': 'Organization', name: 'Paddock Quotes' },
      },
      url: `${SITE}/quotes/${QUOTE}`,
    })
  })

  it('names no address at all without a site URL, the source having none either', () => {
    const jsonLd = quoteIn(indexOf(), noSite)
    expectNoAddresses(jsonLd)
    expect(jsonLd).toMatchObject({ creator: { name: 'Jean-Eric Vergne' } })
  })

  it('has no translation for a quote without one, nor for a quote already in English', () => {
    const untranslated = changedCopy((d) => {
      for (const quote of d.quotes) delete quote.translations
    })
    expect(quoteIn(indexOf(untranslated))).not.toHaveProperty('workTranslation')
    const english = changedCopy((d) => {
      for (const quote of d.quotes) quote.language = 'en'
    })
    expect(quoteIn(indexOf(english))).not.toHaveProperty('workTranslation')
    expect(quoteIn(indexOf(english))).toHaveProperty('inLanguage', 'en')
  })

  it('links the source and gives its title when the data has them', () => {
    const dataset = changedCopy((d) => {
      for (const source of d.sources) {
        source.title = 'Vergne: “Gasly wil Le Mans doen”'
        source.url = 'https://nl.motorsport.com/esports/news/vergne-gasly-le-mans/4801234/'
      }
    })
    expect(quoteIn(indexOf(dataset)).isBasedOn).toEqual({
      '@type': 'CreativeWork',
      headline: 'Vergne: “Gasly wil Le Mans doen”',
      publisher: { '@type': 'Organization', name: 'Motorsport.com' },
      datePublished: '2020-06',
      inLanguage: 'nl',
      url: 'https://nl.motorsport.com/esports/news/vergne-gasly-le-mans/4801234/',
    })
  })

  it.each(['https://exa[mple.com/article', 'https://'])(
    'leaves out a source address that is not a well-formed https: URL: %j',
    (url) => {
      const dataset = changedCopy((d) => {
        for (const source of d.sources) source.url = url
      })
      expect(quoteIn(indexOf(dataset)).isBasedOn).not.toHaveProperty('url')
    },
  )

  it('has no about for a quote about nobody else', () => {
    const index = indexOf()
    const jsonLd = quoteJsonLd(index, record(index.quoteById, 'vergne-wants-the-indy-500'), noSite)
    expect(jsonLd).not.toHaveProperty('about')
  })
})

describe('websiteJsonLd and collectionJsonLd', () => {
  it('names the site at its home', () => {
    expect(websiteJsonLd({ url: urlOf(paths.explorer()) })).toEqual({
      '@context': 'https://schema.org',
      inLanguage: 'en',
      '@type': 'WebSite',
      '@id': `${SITE}/#website`,
      name: 'Paddock Quotes',
      url: `${SITE}/`,
    })
    expect(websiteJsonLd({})).toEqual({
      '@context': 'https://schema.org',
      inLanguage: 'en',
      '@type': 'WebSite',
      name: 'Paddock Quotes',
    })
  })

  it('describes a list page as a CollectionPage, its @id its address', () => {
    expect(collectionJsonLd('Drivers', 'Every driver quoted.', { url: urlOf('/drivers') })).toEqual(
      {
        '@context': 'https://schema.org',
        inLanguage: 'en',
        '@type': 'CollectionPage',
        '@id': `${SITE}/drivers`,
        name: 'Drivers',
        description: 'Every driver quoted.',
        url: `${SITE}/drivers`,
      },
    )
    expectNoAddresses(collectionJsonLd('Races', 'Every race.', {}))
  })
})

describe('hostile dataset text', () => {
  const HOSTILE = '</script><script>alert(1)</script> <!-- a\u2028b\u2029 & <script'

  it('passes through unchanged, and is inert once written with jsonForHtml', () => {
    const dataset = changedCopy((d) => {
      for (const driver of d.drivers) Object.assign(driver, { name: HOSTILE, description: HOSTILE })
      for (const team of d.teams) Object.assign(team, { name: HOSTILE, category: HOSTILE })
      for (const race of d.races) Object.assign(race, { name: HOSTILE, venue: HOSTILE })
      for (const source of d.sources) Object.assign(source, { publisher: HOSTILE, title: HOSTILE })
      for (const quote of d.quotes) {
        Object.assign(quote, { text: HOSTILE, context: HOSTILE, translations: { en: HOSTILE } })
      }
    })
    const index = indexOf(dataset)
    const all = [
      ...index.drivers.map((driver) => driverJsonLd(index, driver, pageAt('/'))),
      ...index.teams.map((team) => teamJsonLd(index, team, pageAt('/'))),
      ...index.races.map((race) => raceJsonLd(index, race, pageAt('/'))),
      ...index.quotes.map((quote) => quoteJsonLd(index, quote, pageAt('/'))),
      collectionJsonLd(HOSTILE, HOSTILE, {}),
    ]
    for (const jsonLd of all) {
      expect(everything(jsonLd)).toContain(HOSTILE)
      const html = jsonForHtml(jsonLd)
      expect(html).not.toMatch(/<\/script|<script|<!--|[\u2028\u2029]/i)
      expect(JSON.parse(html)).toEqual(jsonLd)
    }
  })
})
