import type { DatasetIndex } from '../../data/dataset-index'
import type { ExplorerFilters, Facet } from '../../data/explorer-filters'
import { raceLabel } from '../../lib/labels'

type Chip = { key: Facet | 'q'; label: string; value: string }

type ActiveFiltersProps = {
  index: DatasetIndex
  filters: ExplorerFilters
  onRemove: (key: Chip['key']) => void
  onClearAll: () => void
}

/** The filters in force, each removable, and "Clear all". */
export function ActiveFilters({ index, filters, onRemove, onClearAll }: ActiveFiltersProps) {
  const chips: Chip[] = []
  const q = filters.q.trim()
  if (q) chips.push({ key: 'q', label: 'Search', value: `“${q}”` })
  const driver = filters.driver ? index.driverById.get(filters.driver) : undefined
  if (driver) chips.push({ key: 'driver', label: 'Driver', value: driver.name })
  const team = filters.team ? index.teamById.get(filters.team) : undefined
  if (team) chips.push({ key: 'team', label: 'Team', value: team.name })
  const race = filters.ambition ? index.raceById.get(filters.ambition) : undefined
  if (race) chips.push({ key: 'ambition', label: 'Ambition', value: raceLabel(race) })
  if (chips.length === 0) return null

  return (
    <div className="active-filters">
      <h2 className="visually-hidden">Active filters</h2>
      <ul className="chips">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className="chip"
              onClick={() => onRemove(chip.key)}
              aria-label={`Remove filter ${chip.label}: ${chip.value}`}
            >
              <span className="chip__label">{chip.label}:</span> {chip.value}
              <span className="chip__x" aria-hidden="true">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--small button--quiet" onClick={onClearAll}>
        Clear all
      </button>
    </div>
  )
}
