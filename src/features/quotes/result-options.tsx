import { formatCount } from '../../lib/labels'
import { SORTS, type FilterChanges, type Sort } from '../../lib/explorer-params'

export const SORT_LABELS: Record<Sort, string> = {
  relevance: 'Best match',
  newest: 'Newest first',
  oldest: 'Oldest first',
  speaker: 'Speaker A–Z',
}

type ResultOptionsProps = {
  /** The order the results are in, and whether a search is on (only then "Best match"). */
  sort: Sort
  searching: boolean
  /** Every year of the dataset, and year -> quotes under every filter but the period. */
  datasetYears: readonly number[]
  years: ReadonlyMap<number, number> | undefined
  from: number | null
  to: number | null
  onChange: (changes: FilterChanges) => void
}

/**
 * How the results are ordered, and the period they are from. Each year offered says how many
 * quotes choosing it would give, as a facet's options do; none counted until the engine has.
 */
export function ResultOptions(props: ResultOptionsProps) {
  const { sort, searching, datasetYears, years, from, to, onChange } = props
  const defaultSort: Sort = searching ? 'relevance' : 'newest'
  // A year from the address that the dataset lacks is still shown as chosen, not as "Any year".
  const offered = [...new Set([...datasetYears, ...[from, to].flatMap((y) => y ?? [])])].sort(
    (a, b) => a - b,
  )
  const sorts = SORTS.filter((option) => option !== 'relevance' || searching)
  const within = (low: number | null, high: number | null) => {
    if (!years) return undefined
    let total = 0
    for (const [year, count] of years) {
      if ((low === null || year >= low) && (high === null || year <= high)) total += count
    }
    return total
  }
  const yearOption = (year: number, count: number | undefined, current: number | null) => (
    <option key={year} value={year} disabled={count === 0 && year !== current}>
      {count === undefined ? year : `${year} (${formatCount(count)})`}
    </option>
  )

  return (
    <div className="result-options">
      <div className="field field--inline">
        <label htmlFor="results-sort">Sort</label>
        <select
          id="results-sort"
          value={sort}
          onChange={(event) => {
            const next = sorts.find((option) => option === event.target.value) ?? defaultSort
            onChange({ sort: next === defaultSort ? null : next })
          }}
        >
          {sorts.map((option) => (
            <option key={option} value={option}>
              {SORT_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      {datasetYears.length > 1 && (
        <fieldset className="period">
          <legend>Period</legend>
          <div className="field field--inline">
            <label htmlFor="period-from">From</label>
            <select
              id="period-from"
              value={from ?? ''}
              onChange={(event) => onChange({ from: yearOf(event.target.value) })}
            >
              <option value="">Any year</option>
              {offered
                .filter((year) => to === null || year <= to)
                .map((year) => yearOption(year, within(year, to), from))}
            </select>
          </div>
          <div className="field field--inline">
            <label htmlFor="period-to">To</label>
            <select
              id="period-to"
              value={to ?? ''}
              onChange={(event) => onChange({ to: yearOf(event.target.value) })}
            >
              <option value="">Any year</option>
              {offered
                .filter((year) => from === null || year >= from)
                .map((year) => yearOption(year, within(from, year), to))}
            </select>
          </div>
        </fieldset>
      )}
    </div>
  )
}

function yearOf(value: string): number | null {
  return /^\d{4}$/.test(value) ? Number(value) : null
}
