import { plural } from '../../../format/labels'
import { toggled } from '../../../urls/explorer-params'
import { onDemand } from '../load-on-demand'
import { useFacetCombobox, type FacetOption } from './use-facet-combobox'
import { explorer as words } from '../../../i18n/en/explorer'

/** The open list: loaded when a combobox is first pointed at or focused, before it can open. */
const popup = onDemand(() => import('./facet-popup'))

type Noun = { one: string; many: string }

type FacetComboboxProps = {
  id: string
  label: string
  /** What an option is: { one: 'driver', many: 'drivers' }. */
  noun: Noun
  /** The summary when nothing is chosen: "All drivers". */
  allLabel: string
  /** Its options; empty until the controls are first reached (explorer-controls.tsx). */
  options: readonly FacetOption[]
  /** The name of a chosen option, for the closed control: "Ada Example". */
  nameOf: (optionId: string) => string | undefined
  /** Option id -> quotes it matches under the other filters; undefined while not counted. */
  counts: ReadonlyMap<string, number> | undefined
  selected: readonly string[]
  onChange: (ids: string[]) => void
}

/**
 * A facet's multi-select combobox: type to find an option, each with the quotes it matches under
 * the other filters; an option matching none cannot be chosen unless it already is. The options
 * are in the page only while the list is open, and the list's code only once it may open.
 */
export function FacetCombobox(props: FacetComboboxProps) {
  const { id, label, noun, allLabel, options, nameOf, counts, selected, onChange } = props
  const countOf = (optionId: string) => counts?.get(optionId) ?? 0
  // Not counted yet (the engine is still loading): nothing is ruled out, a fast Enter counts.
  const isDisabled = (optionId: string) =>
    counts !== undefined && countOf(optionId) === 0 && !selected.includes(optionId)
  const box = useFacetCombobox({
    options,
    isDisabled,
    onToggle: (optionId) => onChange(toggled(selected, optionId)),
  })
  const Popup = popup.useLoaded()?.FacetPopup
  const activeOption = box.shown[box.active]
  // Until the list's code is in, nothing is shown; what was typed and chosen is kept meanwhile.
  const expanded = box.open && Popup !== undefined && box.shown.length > 0

  return (
    <div className="field combobox" onFocus={popup.load} onPointerOver={popup.load}>
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
          // The list is in the page only while it is open: a reference to it when closed points at
          // no element (IBM's checker: aria_id_unique).
          aria-controls={expanded ? `${id}-options` : undefined}
          aria-activedescendant={expanded && activeOption ? `${id}-${activeOption.id}` : undefined}
          aria-describedby={`${id}-summary`}
          value={box.query}
          {...box.inputHandlers}
        />
        <span id={`${id}-summary`} className="combobox__summary" hidden={box.query !== ''}>
          <span>{summaryOf(selected, nameOf, noun, allLabel)}</span>
        </span>
      </div>
      {box.open && Popup && (
        <Popup
          id={id}
          shown={box.shown}
          active={activeOption}
          selected={selected}
          isDisabled={isDisabled}
          counts={counts}
          more={box.matches.length - box.shown.length}
          noMatch={box.matches.length === 0 ? noMatch(noun, box.query) : undefined}
          onChoose={box.choose}
        />
      )}
      <p className="visually-hidden" aria-live="polite">
        {box.open ? announcement(box.matches.length, noun, box.query) : ''}
      </p>
    </div>
  )
}

/** What the closed control says is chosen: "All drivers", "Ada Example", "2 drivers". */
function summaryOf(
  selected: readonly string[],
  nameOf: (optionId: string) => string | undefined,
  noun: Noun,
  allLabel: string,
): string {
  const [first] = selected
  if (first === undefined) return allLabel
  if (selected.length > 1) return plural(selected.length, noun.one, noun.many)
  return nameOf(first) ?? allLabel
}

const noMatch = (noun: Noun, query: string) => words.noOptionMatches(noun.one, query.trim())

function announcement(count: number, noun: Noun, query: string): string {
  if (count === 0) return noMatch(noun, query)
  const counted = plural(count, noun.one, noun.many)
  if (query.trim() === '') return counted
  return words.matches(counted, count)
}
