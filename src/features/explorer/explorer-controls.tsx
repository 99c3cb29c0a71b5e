import { useId, useMemo, useState, type RefObject } from 'react'
import type { DatasetIndex } from '../../model/dataset-index'
import {
  FACETS,
  type ExplorerFilters,
  type Facet,
  type FilterChanges,
} from '../../urls/explorer-params'
import { wordStartKey } from '../../search/word-start'
import { FacetCombobox } from './facets/facet-combobox'
import type { FacetOption } from './facets/use-facet-combobox'
import { SearchBox } from './search-box'
import { FACET_NAMES, facetChoices } from './facets/facet-names'
import { compareNames } from '../../format/orders'

type ExplorerControlsProps = {
  index: DatasetIndex
  filters: ExplorerFilters
  /**
   * Each facet's counts by option; undefined until the engine has first counted: every option
   * choosable, no count shown.
   */
  counts: Record<Facet, ReadonlyMap<string, number>> | undefined
  onChange: (changes: FilterChanges, options?: { replace?: boolean }) => void
  searchInput: RefObject<HTMLInputElement | null>
}

/** Each facet's options, with their match keys, in alphabetical order. */
function choices(index: DatasetIndex, facet: Facet): FacetOption[] {
  return facetChoices(index, facet)
    .map((choice) => ({ ...choice, key: wordStartKey(choice.label) }))
    .sort((a, b) => compareNames(a.label, b.label))
}

/**
 * The search box and a combobox per facet, counts on every option. A facet the dataset has no
 * records for (no teams, say) is not offered at all. On a phone the facets fold behind a
 * "Filters" button (the stylesheet shows it there only), so the first quote is in the first
 * screen; the chosen ones stay in sight as chips (active-filters.tsx).
 */
export function ExplorerControls(props: ExplorerControlsProps) {
  const { index, filters, counts, onChange, searchInput } = props
  // Made once per dataset: typing in a control scans these, it does not fold 1,000 labels.
  const options = useMemo(
    () => FACETS.map((facet) => ({ facet, options: choices(index, facet) })),
    [index],
  )
  const [unfolded, setUnfolded] = useState(false)
  const facetsId = useId()
  const chosen = FACETS.reduce((sum, facet) => sum + filters[facet].length, 0)
  return (
    <div className="controls" data-unfolded={unfolded || undefined}>
      <SearchBox
        value={filters.q}
        onSearch={(q, replace) => onChange({ q }, { replace })}
        inputRef={searchInput}
      />
      <button
        type="button"
        className="button button--quiet controls__fold"
        aria-expanded={unfolded}
        aria-controls={facetsId}
        onClick={() => setUnfolded(!unfolded)}
      >
        Filters{chosen > 0 && ` (${chosen} chosen)`}
      </button>
      <div className="controls__facets" id={facetsId}>
        {options.map(
          ({ facet, options }) =>
            options.length > 0 && (
              <FacetCombobox
                key={facet}
                id={`filter-${facet}`}
                {...FACET_NAMES[facet]}
                options={options}
                counts={counts?.[facet]}
                selected={filters[facet]}
                onChange={(ids) => onChange({ [facet]: ids })}
              />
            ),
        )}
      </div>
    </div>
  )
}
