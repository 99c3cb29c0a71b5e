import type { SavedEntry } from '../../components/saved/saved-entries'
import type { Dataset, Quote } from '../../dataset/schema'
import { validateDataset } from '../../dataset/validate-dataset'
import { buildDatasetIndex, type DatasetIndex } from '../../model/dataset-index'

/** A saved quote as shown: its snapshot's record, and when it was saved. */
export type SavedQuote = { quote: Quote; savedAt: string }

export type SavedView = {
  /** Newest first, as saved. */
  quotes: SavedQuote[]
  /** One index of every snapshot, for the cards, the citations and the downloads. */
  index: DatasetIndex
  /** Entries whose snapshot is not a valid one (the data contract): left out. */
  unreadable: number
}

/**
 * The saved quotes, each shown from its snapshot: the names as they were when it was saved,
 * whatever the site's dataset says now (and whether or not it still has the quote). A record two
 * snapshots share is taken from the newer.
 */
export function savedViewOf(entries: readonly SavedEntry[], base: DatasetIndex): SavedView {
  const merged: Dataset = {
    schemaVersion: 1,
    ...{ sources: [], teams: [], races: [], drivers: [], quotes: [] },
  }
  const seen = new Set<string>()
  const known = new Set<string>()
  const quotes: SavedQuote[] = []
  let unreadable = 0
  for (const { id, savedAt, snapshot } of entries) {
    const checked = validateDataset(snapshot)
    const quote = checked.ok ? checked.dataset.quotes.find((q) => q.id === id) : undefined
    if (!checked.ok || !quote || seen.has(id)) {
      unreadable += seen.has(id) ? 0 : 1
      continue
    }
    seen.add(id)
    quotes.push({ quote, savedAt })
    const { sources, teams, races, drivers } = checked.dataset
    merged.quotes.push(quote)
    addNew('sources', merged.sources, sources, known)
    addNew('teams', merged.teams, teams, known)
    addNew('races', merged.races, races, known)
    addNew('drivers', merged.drivers, drivers, known)
  }
  return { quotes, index: buildDatasetIndex(merged, base.counts), unreadable }
}

/** Adds the records `into` does not have yet; `known` holds `<list>/<id>` of those it has. */
function addNew<T extends { id: string }>(
  list: string,
  into: T[],
  records: readonly T[],
  known: Set<string>,
) {
  for (const record of records) {
    const key = `${list}/${record.id}`
    if (known.has(key)) continue
    known.add(key)
    into.push(record)
  }
}
