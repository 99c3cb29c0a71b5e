/**
 * The app's own search as the explorer runs it: the engine the worker builds, asked for page 1
 * with only `q` set. That also filters by facets and counts every facet option for the results,
 * so its times include work the libraries' do not. Whatever src/ then does, this measures: it
 * goes through the engine's public path only.
 */
import { createExplorerEngine } from '../../src/search/engine/explorer-engine'
import { highlightSegments } from '../../src/search/highlight'
import { NO_FILTERS } from '../../src/urls/explorer-params'
import type { Contender } from './search-contenders'

export const ours: Contender = {
  name: 'ours (explorer engine)',
  pkg: undefined,
  // What the worker ships of it; the app loads it already, so it adds nothing to the page.
  bundleEntry: `export { createExplorerEngine } from ${JSON.stringify(
    new URL('../../src/search/engine/explorer-engine.ts', import.meta.url).pathname,
  )}`,
  notes: { build: 'incl. a first query, which folds the texts' },
  build(dataset) {
    const engine = createExplorerEngine(dataset)
    const indexOf = new Map(dataset.quotes.map((quote, i) => [quote.id, i]))
    const explore = (q: string, page = 1) => engine.explore({ ...NO_FILTERS, q }, page)
    explore('warm up')
    return {
      count: (q) => explore(q).resultCount,
      results(q) {
        const found: number[] = []
        const { resultCount } = explore(q)
        for (let page = 1; found.length < resultCount; page++) {
          const { quotes } = explore(q, page)
          if (quotes.length === 0) break
          for (const quote of quotes) found.push(indexOf.get(quote.id) ?? -1)
        }
        return found
      },
      highlight: (text, q) =>
        highlightSegments(text, explore(q).terms)
          .filter((segment) => segment.match)
          .map((segment) => segment.text),
    }
  },
}
