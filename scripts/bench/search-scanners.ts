/** uFuzzy, which scans the texts and builds no index, and Orama. See search-contenders.ts. */
import uFuzzy from '@leeoniya/ufuzzy'
import { create, insertMultiple, search } from '@orama/orama'
import { fold } from '../../src/search/fold'
import {
  ALL,
  OWN_PARSER,
  OWN_PHRASE,
  postFilter,
  searcher,
  type Contender,
} from './search-contenders'
import { parseQuery, wordsOf } from './search-corpus'

// uFuzzy's own Unicode settings (its README's "latin + cyrillic + greek" example, generalised),
// no typos (intraMode 0, intraIns 0) and a term must start at a word (interLft 2).
const U_FUZZY = {
  unicode: true,
  interSplit: "[^\\p{L}\\d']+",
  intraSplit: '\\p{Ll}\\p{Lu}',
  intraBound: '\\p{L}\\d|\\d\\p{L}|\\p{Ll}\\p{Lu}',
  intraChars: "[\\p{L}\\d']",
  intraContr: "'\\p{L}{1,2}\\b",
  intraMode: 0,
  intraIns: 0,
  interLft: 2,
  // Terms anywhere in the quote, its fields are lines: '.' would stop at the end of one.
  interChars: '[\\s\\S]',
} as const

export const microFuzzy: Contender = {
  name: 'uFuzzy',
  pkg: '@leeoniya/ufuzzy',
  bundleEntry: "export { default } from '@leeoniya/ufuzzy'",
  notes: {
    build: 'keeps the folded texts; no index',
    exclusion: 'its own -word: a substring, not a word start',
  },
  build(_, docs) {
    const finder = new uFuzzy(U_FUZZY)
    const haystack = docs.map(fold)
    // outOfOrder 5: terms in any order (at most 5 of them); Infinity: positions for every result.
    const matches = (q: string, hay: string[]) => finder.search(hay, fold(q), 5, Infinity)
    return searcher(
      (q) => [...(matches(q, haystack)[0] ?? [])].sort((a, b) => a - b),
      (text, q) => {
        const ranges = matches(q, [fold(text)])[1]?.ranges[0] ?? []
        const parts: string[] = []
        for (let i = 0; i + 1 < ranges.length; i += 2)
          parts.push(text.slice(ranges[i], ranges[i + 1]))
        return parts
      },
    )
  },
}

export const orama: Contender = {
  name: 'Orama',
  pkg: '@orama/orama',
  bundleEntry: "export { create, insertMultiple, search } from '@orama/orama'",
  notes: { phrase: OWN_PHRASE, exclusion: `own post-filter, ${OWN_PARSER}` },
  build(_, docs) {
    const tokenize = (text: string) => wordsOf(text)
    const db = create({
      schema: { text: 'string' } as const,
      components: { tokenizer: { language: 'english', normalizationCache: new Map(), tokenize } },
    })
    const inserted = insertMultiple(
      db,
      docs.map((text, id) => ({ id: String(id), text })),
      ALL,
    )
    if (inserted instanceof Promise) throw new Error('Orama indexed asynchronously')
    return searcher((q) => {
      // threshold 0: only documents with every term (Orama's default, 1, keeps any term).
      const query = parseQuery(q)
      const answer = search(db, { term: query.terms.join(' '), threshold: 0, limit: ALL })
      if (answer instanceof Promise) throw new Error('Orama answered asynchronously')
      const found = answer.hits.map((hit) => Number(hit.id)).sort((a, b) => a - b)
      return postFilter(docs, query, found)
    })
  },
}
