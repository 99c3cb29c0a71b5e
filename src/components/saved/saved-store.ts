import { useSyncExternalStore } from 'react'

/**
 * The reader's saved quotes, kept in this browser (docs/offline.md): one localStorage entry,
 * `{ version: 1, quotes: [{ id, savedAt, snapshot }] }`, newest first. This module is what every
 * page loads: the saved ids, and word when they change (this tab, or another through the
 * `storage` event). Reading the entries in full, and writing them, load on a reader's first
 * reach for Save (saved-entries.ts).
 */
export const SAVED_KEY = `paddock-quotes:saved:${import.meta.env.BASE_URL}`

let ids: ReadonlySet<string> | undefined
const listeners = new Set<() => void>()
let listening = false

function readIds(): ReadonlySet<string> {
  if (ids) return ids
  const found = new Set<string>()
  try {
    const { quotes }: { quotes?: unknown } = JSON.parse(localStorage.getItem(SAVED_KEY) ?? '{}')
    if (Array.isArray(quotes)) {
      for (const entry of quotes) if (typeof entry?.id === 'string') found.add(entry.id)
    }
  } catch {
    // Refused or damaged: nothing saved, as far as a Save button knows (/saved says why).
  }
  return (ids = found)
}

/** Whether this browser has saved quotes: then every Save button must show its state at once. */
export function hasSavedQuotes(): boolean {
  return readIds().size > 0
}

/** Tells this tab's readers of the store that it changed. */
export function savedChanged() {
  ids = undefined
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  if (!listening) {
    listening = true
    // Another tab saved or removed one (or cleared the site's storage: no key).
    addEventListener('storage', ({ key }) => {
      if (key === SAVED_KEY || key === null) savedChanged()
    })
  }
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/**
 * The ids of the saved quotes; null while the page is not this browser's yet (prerendered, and
 * while React takes it over): the HTML cannot know them, so hydration never mismatches.
 */
export function useSavedIds(): ReadonlySet<string> | null {
  return useSyncExternalStore(subscribe, readIds, () => null)
}
