import { formatCount } from '../../lib/labels'

export type FacetOption = { id: string; label: string; count: number }

type FacetSelectProps = {
  id: string
  label: string
  allLabel: string
  total: number
  value: string | undefined
  options: readonly FacetOption[]
  onChange: (id: string | undefined) => void
}

/** A native select whose options say how many quotes each gives; empty ones are disabled. */
export function FacetSelect(props: FacetSelectProps) {
  const { id, label, allLabel, total, value, options, onChange } = props
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">
          {allLabel} ({formatCount(total)})
        </option>
        {options.map((option) => (
          <option
            key={option.id}
            value={option.id}
            disabled={option.count === 0 && option.id !== value}
          >
            {option.label} ({formatCount(option.count)})
          </option>
        ))}
      </select>
    </div>
  )
}
