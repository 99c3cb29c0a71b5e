import { plural } from '../../lib/labels'
import { toggled } from '../../lib/explorer-params'
import { useFacetCombobox, type FacetOption } from './use-facet-combobox'

type Noun = { one: string; many: string }

type FacetComboboxProps = {
  id: string
  label: string
  /** What an option is: { one: 'driver', many: 'drivers' }. */
  noun: Noun
  /** The summary when nothing is chosen: "All drivers". */
  allLabel: string
  options: readonly FacetOption[]
  /** Option id -> quotes it matches under the other filters; undefined while not counted. */
  counts: ReadonlyMap<string, number> | undefined
  selected: readonly string[]
  onChange: (ids: string[]) => void
}

/**
 * A facet's multi-select combobox: type to find an option, each with the quotes it matches under
 * the other filters; an option matching none cannot be chosen unless it already is. The options
 * are in the page only while the list is open.
 */
export function FacetCombobox(props: FacetComboboxProps) {
  const { id, label, noun, allLabel, options, counts, selected, onChange } = props
  const countOf = (optionId: string) => counts?.get(optionId) ?? 0
  // Not counted yet (the engine is still loading): nothing is ruled out, a fast Enter counts.
  const isDisabled = (optionId: string) =>
    counts !== undefined && countOf(optionId) === 0 && !selected.includes(optionId)
  const box = useFacetCombobox({
    options,
    isDisabled,
    onToggle: (optionId) => onChange(toggled(selected, optionId)),
  })
  const optionId = (option: FacetOption) => `${id}-${option.id}`
  const activeOption = box.shown[box.active]
  const expanded = box.open && box.shown.length > 0
  const more = box.matches.length - box.shown.length

  return (
    <div className="field combobox">
      <label htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      <div className="combobox__control">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-options`}
          aria-activedescendant={activeOption && optionId(activeOption)}
          aria-describedby={`${id}-summary`}
          value={box.query}
          {...box.inputHandlers}
        />
        <span id={`${id}-summary`} className="combobox__summary" hidden={box.query !== ''}>
          <span>{summaryOf(selected, options, noun, allLabel)}</span>
        </span>
      </div>
      {box.open && (
        // A press in the list must not take focus from the input.
        <div className="combobox__popup" onMouseDown={(event) => event.preventDefault()}>
          {expanded && (
            <ul
              role="listbox"
              id={`${id}-options`}
              aria-labelledby={`${id}-label`}
              aria-multiselectable="true"
            >
              {box.shown.map((option) => (
                <li
                  key={option.id}
                  id={optionId(option)}
                  ref={option === activeOption ? scrollIntoView : undefined}
                  role="option"
                  aria-selected={selected.includes(option.id)}
                  aria-disabled={isDisabled(option.id) || undefined}
                  className={option === activeOption ? 'combobox__option--active' : undefined}
                  onClick={() => box.choose(option)}
                >
                  <span>{option.label}</span>
                  {counts && (
                    <>
                      {' '}
                      <span className="combobox__count">{plural(countOf(option.id), 'quote')}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          {more > 0 && (
            <p className="combobox__note">
              Keep typing to narrow down {more.toLocaleString('en-GB')} more
            </p>
          )}
          {box.matches.length === 0 && <p className="combobox__note">{noMatch(noun, box.query)}</p>}
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {box.open ? announcement(box.matches.length, noun, box.query) : ''}
      </p>
    </div>
  )
}

function scrollIntoView(element: HTMLElement | null) {
  // Not in every DOM (jsdom has none).
  element?.scrollIntoView?.({ block: 'nearest' })
}

/** What the closed control says is chosen: "All drivers", "Ada Example", "2 drivers". */
function summaryOf(
  selected: readonly string[],
  options: readonly FacetOption[],
  noun: Noun,
  allLabel: string,
): string {
  const [first] = selected
  if (first === undefined) return allLabel
  if (selected.length > 1) return plural(selected.length, noun.one, noun.many)
  return options.find((option) => option.id === first)?.label ?? allLabel
}

const noMatch = (noun: Noun, query: string) => `No ${noun.one} matches “${query.trim()}”`

function announcement(count: number, noun: Noun, query: string): string {
  if (count === 0) return noMatch(noun, query)
  const counted = plural(count, noun.one, noun.many)
  if (query.trim() === '') return counted
  return `${counted} ${count === 1 ? 'matches' : 'match'}`
}
