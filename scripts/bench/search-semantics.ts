/**
 * Which of the `q=` rules a contender keeps: each cell computed by running it on the shipped
 * dataset and comparing with the contract (referenceSearch), never filled in by hand.
 */
import type { Searcher } from './search-contenders'
import { referenceSearch } from './search-corpus'

export type Check = { key: string; label: string }

export const CHECKS: readonly Check[] = [
  { key: 'lecl', label: '`lecl` finds the Leclerc quotes' },
  { key: 'inside', label: 'no match inside a word: `arles` (in "Charles") finds nothing' },
  { key: 'accents', label: '`Jean-Éric` = `jean eric` = `jean-eric`' },
  { key: 'phrase', label: 'phrase: `"le mans"`, and `"mans le"` finds nothing' },
  { key: 'exclusion', label: 'exclusion: `le mans -gasly`' },
  { key: 'exact', label: 'exact: no result the contract would not give (incl. typo `leclrec`)' },
  { key: 'agrees', label: 'same results as the contract for every bench query (50k)' },
  { key: 'highlight', label: 'marks exactly what matched: `le` in "Charles Leclerc"' },
]

/** A contender on the shipped data and on the large one, with their words for the reference. */
export type Corpus = { searcher: Searcher; words: readonly (readonly string[])[] }

const sorted = (list: readonly number[]) => [...list].sort((x, y) => x - y)
const same = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && sorted(a).join() === sorted(b).join()

function agrees(corpus: Corpus, q: string): boolean {
  return same(corpus.searcher.results(q), referenceSearch(corpus.words, q))
}

/** Results the contract does not give, for the first query that has any. */
function extras(corpus: Corpus, queries: readonly string[]): string | undefined {
  for (const q of queries) {
    const expected = new Set(referenceSearch(corpus.words, q))
    const extra = corpus.searcher.results(q).filter((i) => !expected.has(i))
    if (extra.length > 0) return `${extra.length} extra for \`${q}\``
  }
  return undefined
}

const cell = (pass: boolean, why = '') => `${pass ? '✓' : '✗'}${why ? ` ${why}` : ''}`

/** One cell per check, in CHECKS order: ✓ or ✗, with how far it went wrong. */
export function checkSemantics(
  shipped: Corpus,
  large: Corpus,
  benchQueries: readonly string[],
): Record<string, string> {
  const nonEmpty = (q: string) => referenceSearch(shipped.words, q).length > 0
  const accentSets = ['Jean-Éric', 'jean eric', 'jean-eric'].map((q) => shipped.searcher.results(q))
  const [first] = accentSets
  const phraseQueries = ['"le mans"', '"mans le"']
  const shippedQueries = ['lecl', 'arles', 'Jean-Éric', ...phraseQueries, 'le mans -gasly', 'le']
  const extra =
    extras(shipped, [...shippedQueries, 'leclrec']) ?? extras(large, [...benchQueries, 'quixle'])
  const differing = benchQueries.filter((q) => !agrees(large, q))
  const marked = shipped.searcher.highlight?.('Charles Leclerc', 'le')
  return {
    lecl: cell(nonEmpty('lecl') && agrees(shipped, 'lecl')),
    inside: cell(agrees(shipped, 'arles')),
    accents: cell(
      accentSets.every((set) => first !== undefined && same(set, first)) &&
        agrees(shipped, 'jean eric'),
    ),
    phrase: cell(phraseQueries.every((q) => agrees(shipped, q))),
    exclusion: cell(agrees(shipped, 'le mans -gasly')),
    exact: cell(extra === undefined, extra ? `(${extra})` : ''),
    agrees: cell(
      differing.length === 0,
      differing.length ? `(${differing.map((q) => `\`${q}\``).join(', ')} differ)` : '',
    ),
    highlight:
      marked === undefined
        ? '✗ no positions'
        : cell(
            marked.length === 1 && marked[0] === 'Le',
            `(marks ${marked.map((m) => `"${m}"`).join(', ') || 'nothing'})`,
          ),
  }
}
