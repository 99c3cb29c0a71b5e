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

function readIds(): ReadonlySet<string> {
  if (ids) return ids
  const found = new Set<string>()
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(SAVED_KEY) ?? '{}')
    const quotes: unknown = typeof stored === 'object' && stored && Reflect.get(stored, 'quotes')
    if (Array.isArray(quotes)) {
      quotes.forEach((entry: unknown) => {
        const id: unknown = typeof entry === 'object' && entry && Reflect.get(entry, 'id')
        if (typeof id === 'string') found.add(id)
      })
    }
  } catch {
    // Refused or damaged: nothing saved, as far as a Save button knows (/saved says why).
  }
  return (ids = found)
}

/** Tells this tab's readers of the store that it changed. */
export function savedChanged() {
  ids = undefined
  for (const listener of listeners) listener()
}

const onStorage = (event: StorageEvent) => {
  if (event.key === SAVED_KEY || event.key === null) savedChanged()
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) addEventListener('storage', onStorage)
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) removeEventListener('storage', onStorage)
  }
}

/**
 * The ids of the saved quotes; null while the page is not this browser's yet (prerendered, and
 * while React takes it over): the HTML cannot know them, so hydration never mismatches.
 */
export function useSavedIds(): ReadonlySet<string> | null {
  return useSyncExternalStore(subscribe, readIds, () => null)
}
