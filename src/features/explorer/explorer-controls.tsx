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
import { facetNames, facetChoices, facetValueName } from './facets/facet-names'
import { compareNames } from '../../format/orders'
import { explorer as words } from '../../i18n/en/explorer'

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

const NOT_YET: readonly FacetOption[] = []

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
  // The options' match keys and order are work no reader needs before they reach a control (a
  // thousand names folded and sorted, in the task that takes the page over): made once the
  // controls are first pointed at or focused, once per dataset, so typing scans them and never
  // folds 1,000 labels. A facet the dataset has no records for is left out from the start.
  const [reached, setReached] = useState(false)
  const reach = () => setReached(true)
  const options = useMemo(
    () =>
      FACETS.map((facet) => ({
        facet,
        offered: facetChoices(index, facet).length > 0,
        options: reached ? choices(index, facet) : NOT_YET,
      })),
    [index, reached],
  )
  const [unfolded, setUnfolded] = useState(false)
  const facetsId = useId()
  const chosen = FACETS.reduce((sum, facet) => sum + filters[facet].length, 0)
  return (
    <div
      className="controls"
      data-unfolded={unfolded || undefined}
      onFocus={reach}
      onPointerOver={reach}
    >
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
        {words.filters}
        {chosen > 0 && words.chosen(chosen)}
      </button>
      <div className="controls__facets" id={facetsId}>
        {options.map(
          ({ facet, offered, options }) =>
            offered && (
              <FacetCombobox
                key={facet}
                id={`filter-${facet}`}
                {...facetNames()[facet]}
                options={options}
                nameOf={(id) => facetValueName(index, facet, id)}
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
