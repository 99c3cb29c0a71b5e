import { useId, type RefObject } from 'react'
import { QUERY_MAX } from '../../urls/explorer-params'
import { pages } from '../../i18n/en/pages'

type ListControlsProps<S extends string> = {
  /** The filter box's label: "Find a driver". */
  filterLabel: string
  /** The records, as named in the search landmark: "drivers". */
  of: string
  q: string
  sort: S
  sorts: readonly { value: S; label: string }[]
  onFilter: (q: string, replace: boolean) => void
  onSort: (sort: S) => void
  filterInput: RefObject<HTMLInputElement | null>
}

/** A list page's filter box and sort control: each change is a new address. */
export function ListControls<S extends string>(props: ListControlsProps<S>) {
  const { filterLabel, of, q, sort, sorts, onFilter, onSort, filterInput } = props
  const filterId = useId()
  const sortId = useId()
  return (
    <form
      role="search"
      aria-label={pages.filterOf(of)}
      className="list-controls"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <label htmlFor={filterId}>{filterLabel}</label>
        <input
          ref={filterInput}
          id={filterId}
          type="search"
          value={q}
          maxLength={QUERY_MAX}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${filterId}-hint`}
          onChange={(event) => onFilter(event.target.value, q.trim() !== '')}
        />
        <p id={`${filterId}-hint`} className="field__hint">
          {pages.filterHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={sortId}>{pages.sort}</label>
        <select
          id={sortId}
          value={sort}
          onChange={(event) => {
            const chosen = sorts.find((option) => option.value === event.target.value)
            if (chosen) onSort(chosen.value)
          }}
        >
          {sorts.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </form>
  )
}
