import type { Dataset } from '../../src/dataset/schema'

const FIRST = ['Ada', 'Björn', 'Chloé', 'Dario', 'Émile', 'Femke', 'Gustav', 'Hana', 'Ivo', 'Júlia']
const LAST = ['Verhoef', 'Lindqvist', 'Moreau', 'Rossi', 'Tanaka', 'Vermeer']
const LAST_MORE = ['Okafor', 'Novak', 'Silva', 'Kowalski', 'Duarte', 'Ferrer']
const RACES = ['Alpha 500', 'Bravo 24 Hours', 'Charlie Grand Prix', 'Delta Rally', 'Echo Trophy']
const MORE_RACES = ['Foxtrot Cup', 'Golf Classic']

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')

/** 120 invented drivers, ten first names by twelve surnames, in that order. */
export const CROWD = FIRST.flatMap((first) =>
  [...LAST, ...LAST_MORE].map((last) => ({
    id: slug(`${first} ${last}`),
    name: `${first} ${last}`,
  })),
)

/**
 * A dataset of 120 drivers and 7 races: Júlia Silva says 5 quotes (one wishing for all 7 races),
 * Ivo Novak 3; the first 100 drivers all want to race the Alpha 500 (101 with Júlia).
 */
export function crowdedDataset(): Dataset {
  const source = 'crowd-source'
  const quote = (
    id: string,
    speakerId: string,
    ambitions: Dataset['quotes'][number]['ambitions'],
  ) => ({
    id,
    speakerId,
    text: `Invented quote ${id}.`,
    language: 'en',
    sourceId: source,
    aboutDriverIds: [],
    ambitions,
  })
  const races = [...RACES, ...MORE_RACES].map((name) => ({ id: slug(name), name }))
  return {
    schemaVersion: 1,
    sources: [{ id: source, publisher: 'Crowd Weekly', language: 'en', published: '2031-01' }],
    teams: [
      { id: 'big-team', name: 'Big Team' },
      { id: 'small-team', name: 'Small Team' },
    ],
    races,
    drivers: CROWD.map((driver, i) => ({
      ...driver,
      affiliations: [{ teamId: i < 100 ? 'big-team' : 'small-team' }],
    })),
    quotes: [
      quote(
        'everyone-wants-alpha',
        'ada-verhoef',
        CROWD.slice(0, 100).map((driver) => ({ driverId: driver.id, raceId: 'alpha-500' })),
      ),
      quote(
        'julia-wants-everything',
        'julia-silva',
        races.map((race) => ({ driverId: 'julia-silva', raceId: race.id })),
      ),
      ...[1, 2, 3, 4].map((n) => quote(`julia-${n}`, 'julia-silva', [])),
      ...[1, 2, 3].map((n) => quote(`ivo-${n}`, 'ivo-novak', [])),
    ],
  }
}
