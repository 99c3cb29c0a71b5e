/**
 * The archive's sources: articles by a dozen publishers over 25 years. A few publishers write
 * most of them (Zipf-like), most write in Dutch or English, and more is published in later
 * years than in the first ones, as archives grow.
 */
import type { Source } from '../../src/dataset/schema'
import type { Random } from './random'
import { capitalize, makeWord, pad, type Words } from './words'

export const ARCHIVE_FIRST_YEAR = 2000
export const ARCHIVE_YEARS = 25

/** The publishers' languages, busiest publisher first. */
const LANGUAGES = ['nl', 'en', 'nl', 'en', 'de', 'nl', 'en', 'fr', 'nl', 'it', 'en', 'es']
const KINDS = ['Gazette', 'Racing Post', 'Motor Review', 'Paddock Daily', 'Bulletin', 'Courant']
/** How much busier the busiest publisher is than the next. */
const PUBLISHER_SKEW = 1

type Publisher = { name: string; slug: string; language: string }

/** The publishers, and a draw of one by its output: the busiest write in Dutch or English. */
function makePublishers(random: Random): () => Publisher {
  const names = LANGUAGES.map((_, p) => {
    const place = capitalize(makeWord(random, 2, 2))
    const kind = KINDS[p % KINDS.length] ?? 'Gazette'
    return {
      name: `Synthetic ${place} ${kind}`,
      slug: `${place} ${kind}`.toLowerCase().replaceAll(' ', '-'),
    }
  })
  const zipf = random.zipf(names, PUBLISHER_SKEW)
  const languages = new Map(zipf.loud.map((name, rank) => [name, LANGUAGES[rank] ?? 'en']))
  return () => {
    const name = zipf.draw()
    return { ...name, language: languages.get(name) ?? 'en' }
  }
}

/** A month of the archive, 0 its first: half uniform, half later rather than earlier. */
function monthOf(random: Random): number {
  const months = ARCHIVE_YEARS * 12
  const u = random.chance(0.5) ? random.next() : Math.sqrt(random.next())
  return Math.min(months - 1, Math.floor(u * months))
}

/** A headline: a few words, the first capitalised. */
function title(random: Random, words: Words): string {
  const length = random.int(3, 10)
  const parts: string[] = []
  for (let i = 0; i < length; i++) parts.push(words(random))
  return capitalize(parts.join(' '))
}

/** `count` articles, numbered from the oldest; every one has a title, most a URL. */
export function makeArchiveSources(random: Random, count: number, words: Words): Source[] {
  const width = Math.max(4, String(count).length)
  const publisherDraw = makePublishers(random)
  const months = Array.from({ length: count }, () => monthOf(random)).sort((a, b) => a - b)
  return months.map((month, i) => {
    const n = pad(i + 1, width)
    const publisher = publisherDraw()
    const year = ARCHIVE_FIRST_YEAR + Math.floor(month / 12)
    const mm = pad((month % 12) + 1, 2)
    const source: Source = {
      id: `archive-source-${n}`,
      publisher: publisher.name,
      title: title(random, words),
      language: publisher.language,
      // The day form for a third, the month form otherwise; day 28 exists in every month.
      published: random.chance(1 / 3)
        ? `${year}-${mm}-${pad(random.int(1, 28), 2)}`
        : `${year}-${mm}`,
    }
    if (random.chance(0.8)) source.url = `https://example.org/${publisher.slug}/${year}/${n}`
    return source
  })
}
