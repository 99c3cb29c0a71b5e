/**
 * The archive's vocabulary: made-up words drawn as words are in real text, by Zipf's law. The
 * word ranked r comes up in proportion to 1 / r (exponent 1) among the 10,000 most frequent, and
 * falls off faster (exponent 1.6) among the rarer ones, the two regimes large corpora show
 * (Ferrer i Cancho and Solé, 2001). So a few words are in most quotes and most words in few, and
 * the corpus keeps meeting words it has not seen as it grows, about as the square root of its
 * length (Heaps' law): some 40,000 distinct words in 10,000 quotes, 100,000 in 50,000 and 400,000
 * in 1,000,000. A lexicon of only 40,000 words would be used up by 50,000 quotes, and a search
 * index would stop growing where a real one does not. Frequent words are short, as in real
 * languages. No word has a letter of the planted search terms (search-terms.ts).
 */
import { makeRandom, weightedIndex, type Random } from './random'
import { makeWord, type Words } from './words'

/** How many distinct words, and how steeply their frequencies fall with rank. */
export const LEXICON = { size: 500_000, exponent: 1, knee: 10_000, tailExponent: 1.6 } as const
export type LexiconShape = { size: number; exponent: number; knee: number; tailExponent: number }

/** Words by rank (the most frequent first), and a draw from them. */
export type Lexicon = { words: readonly string[]; draw: Words }

/**
 * How many syllables the word ranked `rank` (from 0) gets: 1 for the first few dozen, then
 * more, slowly, with some words longer or shorter than their rank says.
 */
function syllablesAt(random: Random, rank: number): number {
  return Math.min(4, 1 + Math.floor(Math.log(rank + 1) / Math.log(120) + random.next() * 0.6))
}

/** `size` distinct words, the most frequent first. The same for every seed. */
function rankedWords(size: number): string[] {
  const random = makeRandom(0x1e71c0)
  const words = new Set<string>()
  // Each rank tries a few words of its length first, then a longer one: the short words run out.
  for (let rank = 0; words.size < size; rank++) {
    const syllables = syllablesAt(random, rank)
    let word = makeWord(random, syllables, syllables)
    for (let tries = 0; words.has(word); tries++) {
      word = makeWord(random, syllables + (tries > 3 ? 1 : 0), syllables + (tries > 3 ? 1 : 0))
    }
    words.add(word)
  }
  return [...words]
}

/** The weight of the word ranked `rank` (from 1). */
function weight(rank: number, shape: LexiconShape): number {
  const { exponent, knee, tailExponent } = shape
  if (rank <= knee) return 1 / rank ** exponent
  return (1 / knee ** exponent) * (knee / rank) ** tailExponent
}

export function makeLexicon(shape: LexiconShape = LEXICON): Lexicon {
  const words = rankedWords(shape.size)
  const cumulative = new Float64Array(words.length)
  let total = 0
  for (let r = 0; r < words.length; r++) cumulative[r] = total += weight(r + 1, shape)
  const draw: Words = (random) => words[weightedIndex(cumulative, random.next() * total)] ?? ''
  return { words, draw }
}

let archiveLexicon: Lexicon | undefined

/** The default lexicon, made once per process. */
export function theLexicon(): Lexicon {
  archiveLexicon ??= makeLexicon()
  return archiveLexicon
}
