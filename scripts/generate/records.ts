/** The records quotes refer to: sources, teams, races and drivers, numbered and made up. */
import type { Driver, Race, Source, Team } from '../../src/dataset/schema'
import type { Random } from './random'
import { SKEW, type Shape } from './shapes'
import { capitalize, makeWord, pad, personName, prose, type Words } from './words'

const FIRST_YEAR = 2015
export const NEWSROOM_YEARS = 10

const LANGUAGES = ['en', 'nl', 'de', 'fr', 'it', 'es'] as const
const CATEGORIES = [
  'Synthetic Formula',
  'Synthetic Endurance',
  'Synthetic Esports',
  'Synthetic Rally',
]
const ROLES = ['Synthetic race driver', 'Synthetic reserve driver', 'Synthetic sim racer']
const NATIONALITIES = ['Bravonian', 'Kelmari', 'Tuskan', 'Vendoran', 'Zorlish']

const PUBLISHER_KINDS = ['Gazette', 'Racing Post', 'Motor Review', 'Paddock Daily', 'Bulletin']
/** Articles per publisher, about: 40 sources come from 8 publishers. */
const ARTICLES_PER_PUBLISHER = 5

/** `count` articles by a few publishers, each writing in its own language, over ten years. */
export function makeSources(random: Random, count: number, words: Words): Source[] {
  const width = Math.max(2, String(count).length)
  const publishers = Array.from(
    { length: Math.max(1, Math.ceil(count / ARTICLES_PER_PUBLISHER)) },
    (_, p) => ({
      name: `Synthetic ${capitalize(makeWord(random, 2, 2))} ${PUBLISHER_KINDS[p % PUBLISHER_KINDS.length] ?? ''}`,
      language: LANGUAGES[p % LANGUAGES.length] ?? 'en',
    }),
  )
  return Array.from({ length: count }, (_, i) => {
    const n = pad(i + 1, width)
    const publisher = publishers[i % publishers.length] ?? {
      name: 'Synthetic Gazette',
      language: 'en',
    }
    // Spread evenly over the ten years, in order: source 1 is the oldest.
    const year = FIRST_YEAR + Math.floor((i * NEWSROOM_YEARS) / count)
    const month = pad(random.int(1, 12), 2)
    const source: Source = {
      id: `synthetic-source-${n}`,
      publisher: publisher.name,
      language: publisher.language,
      // The day form for every third, the month form otherwise; day 28 exists in every month.
      published: i % 3 === 1 ? `${year}-${month}-${pad(random.int(1, 28), 2)}` : `${year}-${month}`,
    }
    if (i % 2 === 0)
      source.title = `Synthetic interview ${n}: ${capitalize(prose(random, words, 30))}`
    if (i % 3 !== 2) source.url = `https://example.org/synthetic/${n}`
    return source
  })
}

export function makeTeams(random: Random, count: number): Team[] {
  const width = Math.max(2, String(count).length)
  return Array.from({ length: count }, (_, i) => {
    const n = pad(i + 1, width)
    const team: Team = {
      id: `team-${n}`,
      name: `Team ${capitalize(makeWord(random, 2, 3))} ${n}`,
    }
    if (random.chance(0.8)) team.category = random.pick(CATEGORIES)
    return team
  })
}

export function makeRaces(random: Random, count: number, words: Words): Race[] {
  const width = Math.max(2, String(count).length)
  return Array.from({ length: count }, (_, i) => {
    const n = pad(i + 1, width)
    const place = capitalize(makeWord(random, 2, 3))
    const race: Race = { id: `race-${n}`, name: `Synthetic Grand Race of ${place} ${n}` }
    if (random.chance(0.7)) race.shortName = `${place} ${n}`
    if (random.chance(0.3)) race.nickname = `The ${capitalize(makeWord(random, 2, 2))} Classic`
    if (random.chance(0.5)) race.venue = `${capitalize(makeWord(random, 2, 3))} Ring`
    if (random.chance(0.5)) race.description = `Synthetic race. ${prose(random, words, 80)}`
    return race
  })
}

/** Drivers on 1 or 2 teams each (none when there are no teams); busy teams have many. */
export function makeDrivers(
  random: Random,
  count: number,
  teams: readonly Team[],
  shape: Shape,
  words: Words,
): Driver[] {
  const width = Math.max(3, String(count).length)
  const teamDraw = teams.length > 0 ? random.zipf(teams, SKEW.teams).draw : undefined
  const noun = shape === 'speakers' ? 'Speaker' : 'Driver'
  return Array.from({ length: count }, (_, i) => {
    const n = pad(i + 1, width)
    const affiliations: Driver['affiliations'] = []
    const wanted = teamDraw ? Math.min(teams.length, random.chance(0.3) ? 2 : 1) : 0
    while (teamDraw && affiliations.length < wanted) {
      const team = teamDraw()
      if (affiliations.some((a) => a.teamId === team.id)) continue
      affiliations.push(
        random.chance(0.7) ? { teamId: team.id, role: random.pick(ROLES) } : { teamId: team.id },
      )
    }
    const driver: Driver = {
      id: `${noun.toLowerCase()}-${n}`,
      name: `${noun} ${personName(random)} ${n}`,
      affiliations,
    }
    if (random.chance(0.6)) driver.nationality = random.pick(NATIONALITIES)
    if (random.chance(0.4))
      driver.description = `Synthetic ${noun.toLowerCase()}. ${prose(random, words, 100)}`
    return driver
  })
}
