import { useLayoutEffect, useRef } from 'react'
import type { DatasetIndex } from '../../model/dataset-index'
import { FACETS, type ExplorerFilters, type FilterChanges } from '../../urls/explorer-params'
import { facetNames, facetValueName } from './facets/facet-names'
import { periodLabel } from './explorer-title'
import { explorerParts as words } from '../../i18n/en/explorer-parts'

/** One chosen value: the search, one id of a facet, or the period. */
type Chip = { key: string; label: string; value: string; without: FilterChanges }

type ActiveFiltersProps = {
  index: DatasetIndex
  filters: ExplorerFilters
  onChange: (changes: FilterChanges) => void
  onClearAll: () => void
  /** Where focus goes when the last filter is gone. */
  onEmptied: () => void
}

function chipsOf(index: DatasetIndex, filters: ExplorerFilters): Chip[] {
  const chips: Chip[] = []
  const q = filters.q.trim()
  if (q) chips.push({ key: 'q', label: words.search, value: `“${q}”`, without: { q: '' } })
  for (const facet of FACETS) {
    const ids = filters[facet]
    for (const id of ids) {
      const value = facetValueName(index, facet, id)
      if (value === undefined) continue
      const without = { [facet]: ids.filter((other) => other !== id) }
      chips.push({ key: `${facet}:${id}`, label: facetNames()[facet].label, value, without })
    }
  }
  const period = periodLabel(filters)
  if (period) {
    chips.push({
      key: 'period',
      label: words.period,
      value: period,
      without: { from: null, to: null },
    })
  }
  return chips
}

/** The filters in force, one chip per chosen value, each removable, and "Clear all". */
export function ActiveFilters(props: ActiveFiltersProps) {
  const { index, filters, onChange, onClearAll, onEmptied } = props
  const chips = chipsOf(index, filters)
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
    <div className="active-filters" data-island="">
      <h2 className="visually-hidden">{words.activeFilters}</h2>
      <ul className="chips" ref={chipList}>
        {chips.map((chip, i) => (
          <li key={chip.key}>
            <button
              type="button"
              className="chip"
              onClick={() => {
                focusAfterRemoval.current = i
                onChange(chip.without)
              }}
              aria-label={words.removeFilter(chip.label, chip.value)}
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
        {words.clearAll}
      </button>
    </div>
  )
}
