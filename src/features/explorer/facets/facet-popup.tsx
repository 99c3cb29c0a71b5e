import type { FacetOption } from './use-facet-combobox'
import { explorer as words } from '../../../i18n/en/explorer'
import { explorerParts as parts } from '../../../i18n/en/explorer-parts'

export type FacetPopupProps = {
  /** The combobox's input id: the list is `${id}-options`, an option `${id}-${option id}`. */
  id: string
  shown: readonly FacetOption[]
  active: FacetOption | undefined
  selected: readonly string[]
  isDisabled: (optionId: string) => boolean
  /** Option id -> quotes it matches under the other filters; undefined while not counted. */
  counts: ReadonlyMap<string, number> | undefined
  /** How many more options match than are shown. */
  more: number
  /** What to say when no option matches; undefined when some do. */
  noMatch: string | undefined
  onChoose: (option: FacetOption) => void
}

/**
 * A facet combobox's open list (facet-combobox.tsx), loaded when the control is first pointed
 * at or focused: the input, its state and its keys are in the page from the start.
 */
export function FacetPopup(props: FacetPopupProps) {
  const { id, shown, active, selected, isDisabled, counts, more, noMatch, onChoose } = props
  return (
    // A press in the list must not take focus from the input.
    <div className="combobox__popup" onMouseDown={(event) => event.preventDefault()}>
      {shown.length > 0 && (
        <ul
          role="listbox"
          id={`${id}-options`}
          aria-labelledby={`${id}-label`}
          aria-multiselectable="true"
        >
          {shown.map((option) => (
            <li
              key={option.id}
              id={`${id}-${option.id}`}
              ref={option === active ? scrollIntoView : undefined}
              role="option"
              aria-selected={selected.includes(option.id)}
              aria-disabled={isDisabled(option.id) || undefined}
              className={option === active ? 'combobox__option--active' : undefined}
              onClick={() => onChoose(option)}
            >
              <span>{option.label}</span>
              {counts && (
                <>
                  {' '}
                  <span className="combobox__count">
                    {words.quotes(counts.get(option.id) ?? 0)}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {more > 0 && <p className="combobox__note">{parts.keepTyping(more)}</p>}
      {noMatch && <p className="combobox__note">{noMatch}</p>}
    </div>
  )
}

function scrollIntoView(element: HTMLElement | null) {
  // Not in every DOM (jsdom has none).
  element?.scrollIntoView?.({ block: 'nearest' })
}
