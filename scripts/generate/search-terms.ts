import type { Random } from './random'

/**
 * Words planted in quote texts, and how often. The filler vocabulary, names and contexts never
 * use the letters j, q, x, y, w, h or c, so these words appear exactly where they are planted.
 * Each decoy shares all but the last letter with its term, so typing a term letter by letter
 * changes the result count on the last keystroke: a benchmark can tell the final result apart.
 */
export const SEARCH_TERMS = {
  rare: { term: 'jaxqorv', share: 0.001, decoy: 'jaxqort', decoyShare: 0.01 },
  common: { term: 'quixel', share: 0.3, decoy: 'quixen', decoyShare: 0.05 },
} as const

/** The planted words of one quote. */
export type Planted = string[]

export const LONGEST_PLANTED = Math.max(
  ...Object.values(SEARCH_TERMS).flatMap(({ term, decoy }) => [term.length, decoy.length]),
)

/** Which quotes get which planted words: exact shares, spread by the PRNG. */
export function plantings(random: Random, quotes: number): Planted[] {
  const planted: Planted[] = Array.from({ length: quotes }, () => [])
  for (const { term, share, decoy, decoyShare } of Object.values(SEARCH_TERMS)) {
    const plant = (word: string, fraction: number) => {
      const count = quotes === 0 ? 0 : Math.max(1, Math.round(quotes * fraction))
      for (const index of random.sample(quotes, count)) planted[index]?.push(word)
    }
    plant(term, share)
    plant(decoy, decoyShare)
  }
  return planted
}
