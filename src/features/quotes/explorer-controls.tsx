import type { RefObject } from 'react'
import type { DatasetIndex } from '../../data/dataset-index'
import type { ExplorerFilters, Facet } from '../../lib/explorer-params'
import { raceLabel } from '../../lib/labels'
import { FacetSelect, type FacetOption } from './facet-select'
import { SearchBox } from './search-box'

type ExplorerControlsProps = {
  index: DatasetIndex
  filters: ExplorerFilters
  exploration: {
    counts: Record<Facet, ReadonlyMap<string, number>>
    totals: Record<Facet, number>
  }
  onChange: (changes: Partial<ExplorerFilters>, options?: { replace?: boolean }) => void
  searchInput: RefObject<HTMLInputElement | null>
}

const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label, 'en')

const FACET_CONTROLS: readonly { facet: Facet; label: string; allLabel: string }[] = [
  { facet: 'driver', label: 'Driver', allLabel: 'All drivers' },
  { facet: 'team', label: 'Team', allLabel: 'All teams' },
  { facet: 'ambition', label: 'Ambition', allLabel: 'Any race' },
]

/** Each facet's choices, named as people know them. */
function choices(index: DatasetIndex, facet: Facet): { id: string; label: string }[] {
  if (facet === 'driver') return index.drivers.map(({ id, name }) => ({ id, label: name }))
  if (facet === 'team') return index.teams.map(({ id, name }) => ({ id, label: name }))
  return index.races.map((race) => ({ id: race.id, label: raceLabel(race) }))
}

/** The search box and the Driver, Team and Ambition selects, counts on every option. */
export function ExplorerControls(props: ExplorerControlsProps) {
  const { index, filters, exploration, onChange, searchInput } = props
  return (
    <div className="controls">
      <SearchBox
        value={filters.q}
        onSearch={(q, replace) => onChange({ q }, { replace })}
        inputRef={searchInput}
      />
      {FACET_CONTROLS.map(({ facet, label, allLabel }) => (
        <FacetSelect
          key={facet}
          id={`filter-${facet}`}
          label={label}
          allLabel={allLabel}
          total={exploration.totals[facet]}
          value={filters[facet]}
          options={choices(index, facet)
            .map((choice) => ({ ...choice, count: exploration.counts[facet].get(choice.id) ?? 0 }))
            .sort(byLabel)}
          onChange={(id) => onChange({ [facet]: id })}
        />
      ))}
    </div>
  )
}
