/**
 * The search libraries, each configured as close to the app's `q=` rule as it allows: one
 * document per quote (searchDocs), words split at anything but letters and digits, folded as
 * the app folds, prefix matching, every term required. What a library cannot do itself is done
 * by our own code here and said in `notes`: the benchmark's tables show it.
 */
import MiniSearch, { type Query } from 'minisearch'
import { Document, Index, Resolver } from 'flexsearch'
import { fold } from '../../src/search/fold'
import type { Dataset } from '../../src/dataset/schema'
import {
  NOT_A_WORD,
  docWordsOf,
  keepsPhrasesAndExclusions,
  parseQuery,
  type ParsedQuery,
} from './search-corpus'

export type Searcher = {
  /** The timed call: what a results page needs. Returns the number of results. */
  count(q: string): number
  /** Indices (in dataset order) of every result. */
  results(q: string): number[]
  /** The parts of `text` the library marks for `q`; absent when it reports no positions. */
  highlight?(text: string, q: string): string[]
}

export type Contender = {
  name: string
  /** The npm package, whose installed version the report gives; undefined for ours. */
  pkg: string | undefined
  /** A one-module entry importing what `build` uses, bundled for the browser to size it. */
  bundleEntry: string
  /** How a check is met where the library needs our code for it, by check key. */
  notes: Record<string, string>
  build(dataset: Dataset, docs: readonly string[]): Searcher
}

export const ALL = 1_000_000
export const OWN_PHRASE = 'own post-filter for phrases'
export const OWN_PARSER = 'own query parser'

/** Our code on a library's candidates: phrases and exclusions it cannot apply itself. */
export function postFilter(docs: readonly string[], query: ParsedQuery, found: number[]): number[] {
  if (query.phrases.length === 0 && query.excluded.length === 0) return found
  return found.filter((i) => keepsPhrasesAndExclusions(docWordsOf(docs[i] ?? ''), query))
}

export function searcher(
  results: (q: string) => number[],
  highlight?: Searcher['highlight'],
): Searcher {
  return { count: (q) => results(q).length, results, ...(highlight && { highlight }) }
}

const miniSearch: Contender = {
  name: 'MiniSearch',
  pkg: 'minisearch',
  bundleEntry: "export { default } from 'minisearch'",
  notes: { phrase: OWN_PHRASE, exclusion: `AND_NOT query, ${OWN_PARSER}` },
  build(_, docs) {
    const index = new MiniSearch({
      fields: ['text'],
      tokenize: (text) => text.split(NOT_A_WORD),
      processTerm: (term) => fold(term) || null,
      searchOptions: { prefix: true, combineWith: 'AND' },
    })
    index.addAll(docs.map((text, id) => ({ id, text })))
    return searcher((q) => {
      const query = parseQuery(q)
      const { terms, excluded } = query
      const all: Query = { queries: terms, combineWith: 'AND' }
      const none = excluded.map((run): Query => ({ queries: run, combineWith: 'AND' }))
      const tree: Query = none.length ? { queries: [all, ...none], combineWith: 'AND_NOT' } : all
      const found = index.search(tree).map((result) => Number(result.id))
      return postFilter(docs, { ...query, excluded: [] }, found)
    })
  },
}

const FLEX_ENCODER = { normalize: fold, split: NOT_A_WORD, dedupe: false, minlength: 1 }

const flexSearch: Contender = {
  name: 'FlexSearch',
  pkg: 'flexsearch',
  bundleEntry: "export { Document, Index, Resolver } from 'flexsearch'",
  notes: { phrase: OWN_PHRASE, exclusion: `Resolver.not(), ${OWN_PARSER}` },
  build(_, docs) {
    const index = new Index({ tokenize: 'forward', encoder: FLEX_ENCODER })
    docs.forEach((text, id) => index.add(id, text))
    return searcher(
      (q) => {
        const query = parseQuery(q)
        const { terms, excluded } = query
        let resolver = new Resolver({ index, query: terms.join(' ') })
        for (const run of excluded) resolver = resolver.not({ index, query: run.join(' ') })
        const found = resolver.resolve({ limit: ALL }).map(Number)
        return postFilter(docs, { ...query, excluded: [] }, found)
      },
      (text, q) => {
        // Positions come only from a Document index that stores its documents.
        const one = new Document({
          document: { id: 'id', store: true, index: [{ field: 'text', tokenize: 'forward' }] },
          encoder: FLEX_ENCODER,
        })
        one.add({ id: 0, text })
        const [field] = one.search({ query: q, highlight: '<b>$1</b>', enrich: true })
        const marked = String(field?.result[0]?.highlight ?? '')
        return [...marked.matchAll(/<b>(.*?)<\/b>/gu)].map((m) => m[1] ?? '')
      },
    )
  },
}

export const INDEXERS: readonly Contender[] = [miniSearch, flexSearch]
