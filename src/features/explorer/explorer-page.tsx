import { useCallback, useMemo, useRef } from 'react'
import { useDatasetIndex, DatasetContext } from '../../components/page/use-dataset'
import { isSearching, parseSearch, sortOf } from '../../search/search-query'
import { searchOutcomeCode } from './results/search-outcome-code'
import {
  filtersKey,
  hasActiveFilters,
  hasNarrowing,
  isDefaultView,
  withFilters,
} from '../../urls/explorer-params'
import { PageHeading } from '../../components/page/page-heading'
import { PageMeta, siteLinks } from '../../components/page/page-meta'
import { Pager } from '../../components/lists/pager'
import { websiteJsonLd } from '../../seo/structured-data'
import { DatasetError } from '../../dataset/dataset-error'
import { paths } from '../../urls/paths'
import { useExplorerState } from './use-explorer-state'
import type { ExplorerResult } from '../../search/explorer-result'
import { ExplorerControls } from './explorer-controls'
import { QuoteResults } from './results/quote-results'
import type { Outcome } from './results/outcome'
import { island } from '../../components/page/island'
import { filteredTitle } from './explorer-title'
import { explorer as words } from '../../i18n/en/explorer'
import { core } from '../../i18n/en/core'
import { InlineLinks } from '../../components/lists/inline-links'
import { WaysOn } from '../../components/page/ways-on'

// What the first view shows but needs no code for until the reader reaches for it (island.tsx).
const MatrixDetails = island(() =>
  import('./matrix-details').then((module) => module.MatrixDetails),
)
const DownloadResults = island(() =>
  import('./download-results').then((module) => module.DownloadResults),
)
const ActiveFilters = island(() =>
  import('./active-filters').then((module) => module.ActiveFilters),
)
const ResultOptions = island(() =>
  import('./result-options').then((module) => module.ResultOptions),
)

export function ExplorerPage() {
  const index = useDatasetIndex()
  const state = useExplorerState(index)
  const { filters, update, clearAll, shown, stale, error, retry, warm } = state
  const result = shown?.result
  const { hrefOfPage, resultsHeading, clearSearch, clearNarrowing } = state
  const filtered = hasActiveFilters(filters)
  const searching = isSearching(parseSearch(filters.q))
  const total = index.counts.quotes
  // The same object while the results are: typing must not render the shown quotes again.
  const outcome = useMemo(() => result && outcomeOf(result), [result])
  const datasetYears = useMemo(() => [...index.counts.byYear.keys()], [index])
  const explained = searchOutcomeCode.useLoaded()
  const searchInput = useRef<HTMLInputElement>(null)
  const focusSearch = useCallback(() => searchInput.current?.focus(), [])
  const clearAllAndFocus = useCallback(() => {
    clearAll()
    focusSearch()
  }, [clearAll, focusSearch])

  return (
    <>
      <PageMeta
        title={isDefaultView(filters) ? undefined : filteredTitle(index, filters)}
        path={paths.explorer()}
        jsonLd={websiteJsonLd(siteLinks(paths.explorer()))}
        description={words.description(total, index.counts.drivers)}
      />
      <PageHeading>{words.heading}</PageHeading>
      <p className="lede">
        {words.lede} <span className="lede__more">{words.ledeMore}</span>
      </p>
      <noscript>
        <p className="notice">
          {words.noScript}
          <InlineLinks
            links={[
              { id: 'drivers', name: words.drivers, to: paths.drivers() },
              { id: 'races', name: words.races, to: paths.races() },
              { id: 'teams', name: words.teams, to: paths.teams() },
            ]}
            max={3}
            moreTo={paths.drivers()}
          />
          .
        </p>
      </noscript>
      <p className="view-pending" role="status">
        {words.pending}
      </p>
      <div className="view-body" onFocus={warm} onPointerOver={warm}>
        <div role="search" className="explorer-controls" aria-label={words.filterQuotes}>
          <ExplorerControls
            index={index}
            filters={filters}
            counts={shown?.counts}
            onChange={update}
            searchInput={searchInput}
          />
        </div>
        <MatrixDetails filters={filters} />
        <ActiveFilters
          index={index}
          filters={filters}
          onChange={update}
          onClearAll={clearAll}
          onEmptied={focusSearch}
        />
        <h2 className="visually-hidden" ref={resultsHeading} tabIndex={-1}>
          {words.results}
        </h2>
        <ResultOptions
          sort={sortOf(filters.sort, parseSearch(filters.q))}
          searching={searching}
          datasetYears={datasetYears}
          years={shown?.years}
          from={filters.from}
          to={filters.to}
          onChange={update}
        />
        {error ? (
          <div className="notice notice--error" role="alert">
            <p>{words.notFiltered(error.message)}</p>
            <WaysOn offline={error instanceof DatasetError && error.kind === 'network'} search>
              {/* An index a newer deploy replaced: only a reload gets past it. */}
              {error instanceof DatasetError && error.kind === 'gone' ? (
                <button type="button" className="button" onClick={() => location.reload()}>
                  {core.reload}
                </button>
              ) : (
                <button type="button" className="button" onClick={retry}>
                  {core.retry}
                </button>
              )}
            </WaysOn>
          </div>
        ) : (
          <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
            {result === undefined ? words.loading : resultCountText(result, filtered, total)}
          </p>
        )}
        {result && explained && (
          <explained.NamedPages index={index} named={result.named} terms={result.terms} />
        )}
        {result && result.resultCount > 0 && !error && (
          // A fresh one for other filters: what it said was about the last ones.
          <DownloadResults key={filtersKey(filters)} filters={filters} count={result.resultCount} />
        )}
        {shown && outcome && (
          <div aria-busy={stale} className={stale ? 'results results--stale' : 'results'}>
            <DatasetContext value={shown.index}>
              <QuoteResults
                results={shown.result.quotes}
                terms={shown.result.terms}
                outcome={outcome}
                onClearSearch={clearSearch}
                onClearNarrowing={clearNarrowing}
                onClearAll={clearAllAndFocus}
              />
            </DatasetContext>
            <Pager page={shown.result.page} pages={shown.result.pageCount} hrefOf={hrefOfPage} />
          </div>
        )}
      </div>
    </>
  )
}

/** What was asked and found, for the empty state and "Did you mean". */
function outcomeOf(result: ExplorerResult): Outcome {
  const { filters, suggestion } = result
  const to = (q: string) => ({
    search: `?${withFilters(new URLSearchParams(), { ...filters, q })}`,
  })
  return {
    q: filters.q,
    narrowed: hasNarrowing(filters),
    searchAlone: result.searchAlone,
    narrowingAlone: result.narrowingAlone,
    suggestion: suggestion === undefined ? undefined : { q: suggestion, to: to(suggestion) },
  }
}

function resultCountText(
  results: { resultCount: number; pageCount: number; first: number; quotes: readonly unknown[] },
  filtered: boolean,
  total: number,
): string {
  const count = words.count(results.resultCount, filtered, total)
  if (results.pageCount <= 1) return count
  return `${count} · ${words.showing(results.first + 1, results.first + results.quotes.length)}`
}
