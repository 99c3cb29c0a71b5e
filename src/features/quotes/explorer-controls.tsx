import type { RefObject } from 'react'
import type { DatasetIndex } from '../../data/dataset-index'
import type { Exploration } from '../../data/explore'
import type { ExplorerFilters } from '../../data/explorer-filters'
import { raceLabel } from '../../lib/labels'
import { FacetSelect, type FacetOption } from './facet-select'
import { SearchBox } from './search-box'

type ExplorerControlsProps = {
  index: DatasetIndex
  filters: ExplorerFilters
  exploration: Exploration
  onChange: (changes: Partial<ExplorerFilters>, options?: { replace?: boolean }) => void
  searchInput: RefObject<HTMLInputElement | null>
}

const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label, 'en')

/** The search box and the Driver, Team and Ambition selects, counts on every option. */
export function ExplorerControls(props: ExplorerControlsProps) {
  const { index, filters, exploration, onChange, searchInput } = props
  const { counts, totals } = exploration
  const options = <T extends { id: string }>(
    records: readonly T[],
    label: (record: T) => string,
    facetCounts: ReadonlyMap<string, number>,
  ) =>
    records
      .map((record) => ({
        id: record.id,
        label: label(record),
        count: facetCounts.get(record.id) ?? 0,
      }))
      .sort(byLabel)

  return (
    <div className="controls">
      <SearchBox
        value={filters.q}
        onSearch={(q, replace) => onChange({ q }, { replace })}
        inputRef={searchInput}
      />
      <FacetSelect
        id="filter-driver"
        label="Driver"
        allLabel="All drivers"
        total={totals.driver}
        value={filters.driver}
        options={options(index.drivers, (d) => d.name, counts.driver)}
        onChange={(driver) => onChange({ driver })}
      />
      <FacetSelect
        id="filter-team"
        label="Team"
        allLabel="All teams"
        total={totals.team}
        value={filters.team}
        options={options(index.teams, (t) => t.name, counts.team)}
        onChange={(team) => onChange({ team })}
      />
      <FacetSelect
        id="filter-ambition"
        label="Ambition"
        allLabel="Any race"
        total={totals.ambition}
        value={filters.ambition}
        options={options(index.races, raceLabel, counts.ambition)}
        onChange={(ambition) => onChange({ ambition })}
      />
    </div>
  )
}
