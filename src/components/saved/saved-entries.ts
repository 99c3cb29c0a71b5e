import type { Dataset, Quote } from '../../dataset/schema'
import type { DatasetIndex } from '../../model/dataset-index'
import { SAVED_KEY, savedChanged } from './saved-store'
import { saving as words } from '../../i18n/en/saving'

// Loaded on a reader's first reach for Save (save-button.tsx), and with the /saved page.

/**
 * One saved quote: its id, when it was saved (an ISO time), and what its card shows, as a
 * dataset of its own (the quote, its source, its drivers, their teams, the races it names), so
 * it can be shown after a later dataset no longer has it.
 */
export type SavedEntry = { id: string; savedAt: string; snapshot: Dataset }

/** The saved quotes, newest first, and why none could be read where that is so. */
export type SavedList = {
  entries: SavedEntry[]
  /** The browser refused its storage, or what it held was not readable. */
  problem?: 'refused' | 'damaged'
  /** Entries left out: not the shape of a saved quote. */
  skipped: number
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null

function isEntry(value: unknown): value is SavedEntry {
  if (!isObject(value)) return false
  const { id, savedAt, snapshot }: Partial<Record<keyof SavedEntry, unknown>> = value
  const quotes: unknown = isObject(snapshot) && Reflect.get(snapshot, 'quotes')
  return typeof id === 'string' && typeof savedAt === 'string' && Array.isArray(quotes)
}

/** The saved quotes as stored (their snapshots' shape is checked where they are shown). */
export function readSaved(): SavedList {
  let text: string | null
  try {
    text = localStorage.getItem(SAVED_KEY)
  } catch {
    return { entries: [], problem: 'refused', skipped: 0 }
  }
  if (text === null) return { entries: [], skipped: 0 }
  try {
    const stored: unknown = JSON.parse(text)
    const quotes: unknown = isObject(stored) && Reflect.get(stored, 'quotes')
    if (!Array.isArray(quotes)) return { entries: [], problem: 'damaged', skipped: 0 }
    const entries = quotes.filter(isEntry)
    return { entries, skipped: quotes.length - entries.length }
  } catch {
    return { entries: [], problem: 'damaged', skipped: 0 }
  }
}

/** Stores the list; says why it could not (a full or refused store), else undefined. */
export function writeSaved(entries: readonly SavedEntry[]): string | undefined {
  try {
    if (entries.length === 0) localStorage.removeItem(SAVED_KEY)
    else localStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, quotes: entries }))
  } catch (error) {
    const full = error instanceof DOMException && error.name === 'QuotaExceededError'
    return full ? words.full : words.storageRefused
  } finally {
    savedChanged()
  }
  return undefined
}

/** What a quote's card shows, from the page's part of the dataset. */
export function snapshotOf(index: DatasetIndex, quote: Quote): Dataset {
  const driverIds = new Set([quote.speakerId, ...quote.aboutDriverIds])
  for (const { driverId } of quote.ambitions) driverIds.add(driverId)
  const drivers = [...driverIds].flatMap((id) => {
    const driver = index.driverById.get(id)
    return driver ? [{ id, name: driver.name, affiliations: driver.affiliations }] : []
  })
  const teamIds = new Set(drivers.flatMap((d) => d.affiliations.map((a) => a.teamId)))
  const raceIds = new Set(quote.ambitions.map((a) => a.raceId))
  const source = index.sourceById.get(quote.sourceId)
  return {
    schemaVersion: 1,
    sources: source ? [source] : [],
    teams: [...teamIds].flatMap((id) => index.teamById.get(id) ?? []),
    races: [...raceIds].flatMap((id) => index.raceById.get(id) ?? []),
    drivers,
    quotes: [quote],
  }
}

/**
 * Saves the quote (first in the list: newest first) or removes it, as the reader asked, and
 * says how it went; a full or refused store keeps the list as it was.
 */
export function setSaved(
  index: DatasetIndex,
  quote: Quote,
  save: boolean,
  say: (message: string, failed?: boolean) => void,
) {
  const others = readSaved().entries.filter((entry) => entry.id !== quote.id)
  const entry = () => ({
    id: quote.id,
    savedAt: new Date().toISOString(),
    snapshot: snapshotOf(index, quote),
  })
  const failure = writeSaved(save ? [entry(), ...others] : others)
  if (failure) say((save ? words.couldNotSave : words.couldNotRemove)(failure), true)
  else say(save ? words.done : words.removed)
}

/** Saves the quote if it is not saved, else removes it. */
export function toggleSaved(
  index: DatasetIndex,
  quote: Quote,
  say: (message: string, failed?: boolean) => void,
) {
  const stored = readSaved().entries.some((entry) => entry.id === quote.id)
  setSaved(index, quote, !stored, say)
}
