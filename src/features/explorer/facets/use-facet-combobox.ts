import { useMemo, useState, type KeyboardEvent } from 'react'
import { startsAWord, wordStartKey } from '../../../search/word-start'

/** An option of a facet, its label's match key made once (wordStartKey). */
export type FacetOption = { id: string; label: string; key: string }

/** Most options in the list at once: a longer list is narrowed by typing, not scrolled. */
export const SHOWN_MAX = 50

type ComboboxInput = {
  options: readonly FacetOption[]
  isDisabled: (id: string) => boolean
  onToggle: (id: string) => void
}

/**
 * The state and keys of a multi-select combobox with a listbox popup (WAI-ARIA APG): typing
 * filters and opens, arrows, Home and End move the active option, Enter toggles it, Escape
 * closes and then clears the text. What happens per keystroke is one scan of prepared keys.
 */
export function useFacetCombobox({ options, isDisabled, onToggle }: ComboboxInput) {
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  // The option moved to with the keys; null: the default, the first that can be chosen.
  const [moved, setMoved] = useState<number | null>(null)
  const typedKey = wordStartKey(query)
  const matches = useMemo(
    () => options.filter((option) => startsAWord(option.key, typedKey)),
    [options, typedKey],
  )
  const shown = matches.length > SHOWN_MAX ? matches.slice(0, SHOWN_MAX) : matches
  const typed = typedKey !== ' '
  const fallback = typed ? shown.findIndex((option) => !isDisabled(option.id)) : -1
  const active = open ? Math.min(moved ?? fallback, shown.length - 1) : -1

  const show = (at: number | null) => {
    setOpen(true)
    setMoved(at)
  }
  const close = () => {
    setOpen(false)
    setMoved(null)
  }
  const choose = (option: FacetOption | undefined, clearText: boolean) => {
    if (!option || isDisabled(option.id)) return
    onToggle(option.id)
    if (!clearText) return
    setQuery('')
    show(null)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1
    const move = (to: number) => {
      event.preventDefault()
      show(Math.max(0, Math.min(to, last)))
    }
    switch (event.key) {
      case 'ArrowDown':
        return move(open ? active + 1 : 0)
      case 'ArrowUp':
        return move(open ? active - 1 : last)
      case 'Home':
      case 'End':
        if (open && last >= 0) move(event.key === 'Home' ? 0 : last)
        return
      case 'Enter':
        if (!open) return
        event.preventDefault()
        return choose(shown[active], typed)
      case 'Escape':
        if (!open && !query) return
        event.preventDefault()
        if (open) close()
        else setQuery('')
        return
      case 'Tab':
        return close()
    }
  }

  return {
    query,
    open,
    matches,
    shown,
    active,
    inputHandlers: {
      onChange: (event: { target: { value: string } }) => {
        setQuery(event.target.value)
        show(null)
      },
      onKeyDown,
      onClick: () => setOpen(true),
      onBlur: close,
    },
    /** A click toggles the option and keeps the text: the reader may want the next match too. */
    choose: (option: FacetOption) => choose(option, false),
  }
}
