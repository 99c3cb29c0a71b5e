import { useLayoutEffect, useRef } from 'react'
import type { DatasetIndex } from '../../data/dataset-index'
import type { ExplorerFilters, Facet } from '../../lib/explorer-params'
import { raceLabel } from '../../lib/labels'

type Chip = { key: Facet | 'q'; label: string; value: string }

type ActiveFiltersProps = {
  index: DatasetIndex
  filters: ExplorerFilters
  onRemove: (key: Chip['key']) => void
  onClearAll: () => void
  /** Where focus goes when the last filter is gone. */
  onEmptied: () => void
}

/** The filters in force, each removable, and "Clear all". */
export function ActiveFilters(props: ActiveFiltersProps) {
  const { index, filters, onRemove, onClearAll, onEmptied } = props
  const chips: Chip[] = []
  const q = filters.q.trim()
  if (q) chips.push({ key: 'q', label: 'Search', value: `“${q}”` })
  const driver = filters.driver ? index.driverById.get(filters.driver) : undefined
  if (driver) chips.push({ key: 'driver', label: 'Driver', value: driver.name })
  const team = filters.team ? index.teamById.get(filters.team) : undefined
  if (team) chips.push({ key: 'team', label: 'Team', value: team.name })
  const race = filters.ambition ? index.raceById.get(filters.ambition) : undefined
  if (race) chips.push({ key: 'ambition', label: 'Ambition', value: raceLabel(race) })
  const chipList = useRef<HTMLUListElement>(null)
  const focusAfterRemoval = useRef<number | null>(null)
  const chipKeys = chips.map((chip) => chip.key).join()

  // The removed chip's button is gone: keep keyboard focus in place, on the next chip.
  useLayoutEffect(() => {
    const at = focusAfterRemoval.current
    if (at === null) return
    focusAfterRemoval.current = null
    const buttons = chipList.current?.querySelectorAll('button')
    const next = buttons?.[Math.min(at, buttons.length - 1)]
    if (next) next.focus()
    else onEmptied()
  }, [chipKeys, onEmptied])

  if (chips.length === 0) return null

  return (
    <div className="active-filters">
      <h2 className="visually-hidden">Active filters</h2>
      <ul className="chips" ref={chipList}>
        {chips.map((chip, i) => (
          <li key={chip.key}>
            <button
              type="button"
              className="chip"
              onClick={() => {
                focusAfterRemoval.current = i
                onRemove(chip.key)
              }}
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
      <button
        type="button"
        className="button button--small button--quiet"
        onClick={() => {
          onClearAll()
          onEmptied()
        }}
      >
        Clear all
      </button>
    </div>
  )
}
