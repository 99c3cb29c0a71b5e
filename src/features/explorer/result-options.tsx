import { formatCount } from '../../format/labels'
import { SORTS, type FilterChanges, type Sort } from '../../urls/explorer-params'
import { explorerParts as words } from '../../i18n/en/explorer-parts'

const sortLabels = (): Record<Sort, string> => ({
  relevance: words.relevance,
  newest: words.newest,
  oldest: words.oldest,
  speaker: words.speaker,
})

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
  return (
    <div className="result-options" data-island="">
      <div className="field field--inline">
        <label htmlFor="results-sort">{words.sort}</label>
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
              {sortLabels()[option]}
            </option>
          ))}
        </select>
      </div>
      {datasetYears.length > 1 && (
        <fieldset className="period">
          <legend>{words.period}</legend>
          <YearSelect
            id="period-from"
            label="From"
            value={from}
            years={offered.filter((year) => to === null || year <= to)}
            countOf={(year) => within(year, to)}
            onChange={(year) => onChange({ from: year })}
          />
          <YearSelect
            id="period-to"
            label="To"
            value={to}
            years={offered.filter((year) => from === null || year >= from)}
            countOf={(year) => within(from, year)}
            onChange={(year) => onChange({ to: year })}
          />
        </fieldset>
      )}
    </div>
  )
}

type YearSelectProps = {
  id: string
  label: string
  value: number | null
  years: readonly number[]
  /** The quotes choosing a year would give; undefined before the engine has counted. */
  countOf: (year: number) => number | undefined
  onChange: (year: number | null) => void
}

/** One end of the period: "Any year", then each year with its count; none disabled uncounted. */
function YearSelect({ id, label, value, years, countOf, onChange }: YearSelectProps) {
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(yearOf(event.target.value))}
      >
        <option value="">{words.anyYear}</option>
        {years.map((year) => {
          const count = countOf(year)
          return (
            <option key={year} value={year} disabled={count === 0 && year !== value}>
              {count === undefined ? year : `${year} (${formatCount(count)})`}
            </option>
          )
        })}
      </select>
    </div>
  )
}

function yearOf(value: string): number | null {
  return /^\d{4}$/.test(value) ? Number(value) : null
}
