import type { DatasetIndex } from '../../data/dataset-index'
import { FACETS, type ExplorerFilters } from '../../lib/explorer-params'
import { truncate } from '../../lib/truncate'
import { FACET_NAMES, facetValueName } from './facet-names'

/** Names shown per facet before the rest are counted: a title stays a title. */
const NAMES_MAX = 3

/**
 * "Quotes: Ada Example or Bo Sample, Grand Prix A, “search”", so a bookmark says what it shows;
 * with many names, "Ada Example, Bo Sample and 3 more drivers".
 */
export function filteredTitle(index: DatasetIndex, filters: ExplorerFilters): string {
  const parts = FACETS.flatMap((facet) => {
    const names = filters[facet].flatMap((id) => facetValueName(index, facet, id) ?? [])
    return names.length > 0 ? [anyOf(names, FACET_NAMES[facet].noun.many)] : []
  })
  const q = filters.q.trim()
  if (q) parts.push(`“${truncate(q, 40)}”`)
  return `Quotes: ${parts.join(', ')}`
}

function anyOf(names: readonly string[], many: string): string {
  if (names.length > NAMES_MAX) {
    return `${names.slice(0, NAMES_MAX - 1).join(', ')} and ${names.length - NAMES_MAX + 1} more ${many}`
  }
  const last = names.at(-1) ?? ''
  return names.length === 1 ? last : `${names.slice(0, -1).join(', ')} or ${last}`
}
