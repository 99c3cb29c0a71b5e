/** The quotes: who says them, about whom, which ambitions they voice, where they appeared. */
import type { Driver, Quote, Race, Source } from '../../src/dataset/schema'
import type { Random, Zipf } from './random'
import { plantings } from './search-terms'
import { QUIET_SHARE, SKEW } from './shapes'
import { pad, prose, textLength, type Words } from './words'

/**
 * The speaker of each quote: every driver but the quiet ones once (as far as the quotes go),
 * the rest drawn by rank, all in shuffled order.
 */
function speakers(random: Random, count: number, zipf: Zipf<Driver>): Driver[] {
  const chosen = zipf.loud.slice(0, count)
  while (chosen.length < count) chosen.push(zipf.draw())
  for (const [i, j] of random.sample(count, count).entries()) {
    const a = chosen[i]
    const b = chosen[j]
    if (a === undefined || b === undefined) continue
    chosen[i] = b
    chosen[j] = a
  }
  return chosen
}

export function makeQuotes(
  random: Random,
  count: number,
  context: {
    sources: readonly Source[]
    drivers: readonly Driver[]
    races: readonly Race[]
    /** Whether a few drivers (QUIET_SHARE) are never quoted. */
    quietDrivers: boolean
    words: Words
  },
): Quote[] {
  const { sources, drivers, races, words } = context
  const quiet = context.quietDrivers ? Math.floor(drivers.length * QUIET_SHARE) : 0
  const driverZipf = random.zipf(drivers, SKEW.drivers, quiet)
  const sourceDraw = random.zipf(sources, SKEW.sources).draw
  const translatable = sources.filter((source) => source.language !== 'en')
  const translatableDraw =
    translatable.length > 0 ? random.zipf(translatable, SKEW.sources).draw : undefined
  const raceDraw = races.length > 0 ? random.zipf(races, SKEW.races).draw : undefined
  const planted = plantings(random, count)
  const speakerOf = speakers(random, count, driverZipf)
  const width = Math.max(6, String(count).length)
  return speakerOf.map((speaker, i) => {
    const translated = translatableDraw !== undefined && random.chance(0.5)
    const source = translatableDraw && translated ? translatableDraw() : sourceDraw()
    const aboutCount = Math.min(
      driverZipf.loud.length - 1,
      random.chance(0.6) ? 0 : random.pick([1, 1, 1, 2]),
    )
    // The busy drivers are talked about the most, too; aboutDriverIds lists only others.
    const about: string[] = []
    for (let tries = 0; about.length < aboutCount && tries < 20; tries++) {
      const id = driverZipf.draw().id
      if (id !== speaker.id && !about.includes(id)) about.push(id)
    }
    const ambitions: Quote['ambitions'] = []
    const wishes = raceDraw ? random.pick([0, 0, 0, 1, 1, 2]) : 0
    for (let w = 0; raceDraw && w < wishes; w++) {
      const driverId = about.length > 0 && random.chance(0.3) ? random.pick(about) : speaker.id
      const raceId = raceDraw().id
      if (!ambitions.some((a) => a.driverId === driverId && a.raceId === raceId)) {
        ambitions.push({ driverId, raceId })
      }
    }
    const quote: Quote = {
      id: `quote-${pad(i + 1, width)}`,
      speakerId: speaker.id,
      text: prose(random, words, textLength(random), planted[i]),
      language: source.language,
      sourceId: source.id,
      aboutDriverIds: about,
      ambitions,
    }
    if (translated) quote.translations = { en: prose(random, words, textLength(random)) }
    if (random.chance(0.3)) quote.context = `Synthetic context: ${prose(random, words, 30)}`
    return quote
  })
}
