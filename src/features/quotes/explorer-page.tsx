import { useCallback, useEffect, useRef } from 'react'
import { useDatasetIndex } from '../../data/use-dataset'
import { warmSearch } from '../../data/search-text'
import { hasActiveFilters, type ExplorerFilters } from '../../lib/explorer-params'
import { PageHeading } from '../../components/page-heading'
import { PageMeta } from '../../components/page-meta'
import { plural, raceLabel } from '../../lib/labels'
import { truncate } from '../../lib/truncate'
import type { DatasetIndex } from '../../data/dataset-index'
import { useExplorerState } from './use-explorer-state'
import { ExplorerControls } from './explorer-controls'
import { ActiveFilters } from './active-filters'
import { QuoteResults } from './quote-results'
import { Pager } from './pager'
import { MatrixDetails } from './matrix-details'

export function ExplorerPage() {
  const index = useDatasetIndex()
  const { filters, update, clearAll, exploration, page, hrefOfPage, resultsHeading } =
    useExplorerState(index)
  useEffect(() => warmSearch(index), [index])
  const filtered = hasActiveFilters(filters)
  const total = index.quotes.length
  const shown = exploration.results.length
  const searchInput = useRef<HTMLInputElement>(null)
  const focusSearch = useCallback(() => searchInput.current?.focus(), [])
  const clearAllAndFocus = useCallback(() => {
    clearAll()
    focusSearch()
  }, [clearAll, focusSearch])

  return (
    <>
      <PageMeta
        title={filtered ? filteredTitle(index, filters) : undefined}
        description={`Explore ${plural(total, 'quote')} by ${plural(index.drivers.length, 'driver')}: filter by driver, team or the race they want to drive.`}
      />
      <PageHeading>Quotes</PageHeading>
      <p className="lede">
        What drivers say about the races they dream of, verbatim and sourced. Filter by driver, team
        or ambition, or search the words.
      </p>
      <div role="search" className="explorer-controls" aria-label="Filter quotes">
        <ExplorerControls
          index={index}
          filters={filters}
          exploration={exploration}
          onChange={update}
          searchInput={searchInput}
        />
      </div>
      <MatrixDetails openAtFirst={index.ambitionsByDriver.size <= 12 && isWideScreen()} />
      <ActiveFilters
        index={index}
        filters={filters}
        onRemove={(key) => update({ [key]: undefined })}
        onClearAll={clearAll}
        onEmptied={focusSearch}
      />
      <h2 className="visually-hidden" ref={resultsHeading} tabIndex={-1}>
        Results
      </h2>
      <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
        {filtered
          ? `${plural(shown, 'quote')} of ${total.toLocaleString('en-GB')}`
          : plural(total, 'quote')}
        {page.count > 1 &&
          ` · showing ${(page.first + 1).toLocaleString('en-GB')}–${(page.first + page.results.length).toLocaleString('en-GB')}`}
      </p>
      <QuoteResults
        results={page.results}
        terms={exploration.terms}
        onClearAll={clearAllAndFocus}
        filtered={filtered}
      />
      <Pager page={page.number} pages={page.count} hrefOf={hrefOfPage} />
    </>
  )
}

/** "Quotes: <driver>, <team>, <race>, “<search>”", so a bookmark says what it shows. */
function filteredTitle(index: DatasetIndex, filters: ExplorerFilters): string {
  const race = filters.ambition ? index.raceById.get(filters.ambition) : undefined
  const parts = [
    filters.driver && index.driverById.get(filters.driver)?.name,
    filters.team && index.teamById.get(filters.team)?.name,
    race && raceLabel(race),
    filters.q.trim() && `“${truncate(filters.q.trim(), 40)}”`,
  ].filter(Boolean)
  return `Quotes: ${parts.join(', ')}`
}

/** Phones get the quotes first; the matrix waits, folded, until asked for. */
function isWideScreen(): boolean {
  return typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 48rem)').matches
}
