import { useEffect, useState, type RefObject } from 'react'
import { QUERY_MAX } from '../../urls/explorer-params'
import { explorer as words } from '../../i18n/en/explorer'

type SearchBoxProps = {
  value: string
  onSearch: (q: string, replace: boolean) => void
  inputRef: RefObject<HTMLInputElement | null>
}

/** The "Search quotes" box. `/` anywhere on the page focuses it. */
export function SearchBox({ value, onSearch, inputRef: input }: SearchBoxProps) {
  // The box keeps what was typed while the URL catches up; Back and Forward overwrite it.
  const [draft, setDraft] = useState(value)
  const [shown, setShown] = useState(value)
  if (value !== shown) {
    setShown(value)
    setDraft(value)
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      if (isEditable(event.target)) return
      event.preventDefault()
      input.current?.focus()
      input.current?.select()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [input])

  return (
    <div className="field field--search">
      <label htmlFor="search-quotes">{words.searchQuotes}</label>
      <input
        ref={input}
        id="search-quotes"
        type="search"
        value={draft}
        maxLength={QUERY_MAX}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="search-hint"
        placeholder={words.placeholder}
        onChange={(event) => {
          const next = event.target.value
          setDraft(next)
          // The first keystroke adds a history entry; the rest of the typing refines it.
          onSearch(next, draft.trim() !== '')
        }}
      />
      <p id="search-hint" className="field__hint">
        <span className="field__hint--keys">
          {words.press} <kbd>/</kbd> {words.toSearch}{' '}
        </span>
        {words.caseIgnored}
      </p>
    </div>
  )
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
}
