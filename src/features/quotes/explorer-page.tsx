import { useDeferredValue, useMemo } from 'react'
import { useDatasetIndex } from '../../data/use-dataset'
import { explore } from '../../data/explore'
import { hasActiveFilters } from '../../data/explorer-filters'
import { PageMeta } from '../../components/page-meta'
import { AmbitionMatrix } from '../../components/ambition-matrix'
import { plural } from '../../lib/labels'
import { useExplorerFilters } from './use-explorer-filters'
import { ExplorerControls } from './explorer-controls'
import { ActiveFilters } from './active-filters'
import { QuoteResults } from './quote-results'

export function ExplorerPage() {
  const index = useDatasetIndex()
  const { filters, update, clearAll } = useExplorerFilters(index)
  // Typing stays responsive on big datasets: the list catches up a frame later.
  const deferred = useDeferredValue(filters)
  const exploration = useMemo(() => explore(index, deferred), [index, deferred])
  const filtered = hasActiveFilters(filters)
  const total = index.quotes.length
  const shown = exploration.results.length

  return (
    <>
      <PageMeta
        title={filtered ? 'Filtered quotes' : undefined}
        description={`Explore ${plural(total, 'quote')} by ${plural(index.drivers.length, 'driver')}: filter by driver, team or the race they want to drive.`}
      />
      <div className="page-intro">
        <h1 tabIndex={-1}>Quotes</h1>
        <p className="lede">
          What drivers say about the races they dream of, verbatim and sourced. Filter by driver,
          team or ambition, or search the words.
        </p>
      </div>
      <search className="explorer-controls" aria-label="Filter quotes">
        <ExplorerControls
          index={index}
          filters={filters}
          exploration={exploration}
          onChange={update}
        />
      </search>
      <details className="matrix-details" open={index.ambitionsByDriver.size <= 12}>
        <summary>At a glance: who wants to race where</summary>
        <AmbitionMatrix titled={false} />
      </details>
      <ActiveFilters
        index={index}
        filters={filters}
        onRemove={(key) => update({ [key]: undefined })}
        onClearAll={clearAll}
      />
      <h2 className="visually-hidden">Results</h2>
      <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
        {filtered
          ? `${plural(shown, 'quote')} of ${total.toLocaleString('en-GB')}`
          : plural(total, 'quote')}
      </p>
      <QuoteResults
        results={exploration.results}
        terms={exploration.terms}
        onClearAll={clearAll}
        filtered={filtered}
      />
    </>
  )
}
