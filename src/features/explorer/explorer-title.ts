import type { DatasetIndex } from '../../model/dataset-index'
import { FACETS, type ExplorerFilters } from '../../urls/explorer-params'
import { truncate } from '../../format/truncate'
import { facetNames, facetValueName } from './facets/facet-names'
import { explorer as words } from '../../i18n/en/explorer'

/** Names shown per facet before the rest are counted: a title stays a title. */
const NAMES_MAX = 3

/**
 * "Quotes: Ada Example or Bo Sample, Grand Prix A, “search”", so a bookmark says what it shows;
 * with many names, "Ada Example, Bo Sample and 3 more drivers".
 */
export function filteredTitle(index: DatasetIndex, filters: ExplorerFilters): string {
  const parts = FACETS.flatMap((facet) => {
    const names = filters[facet].flatMap((id) => facetValueName(index, facet, id) ?? [])
    return names.length > 0 ? [anyOf(names, facetNames()[facet].noun.many)] : []
  })
  const q = filters.q.trim()
  if (q) parts.push(`“${truncate(q, 40)}”`)
  const period = periodLabel(filters)
  if (period) parts.push(period)
  const { sort } = filters
  const inTitle = {
    newest: words.titleNewest,
    oldest: words.titleOldest,
    speaker: words.titleSpeaker,
  }
  if (sort !== null && sort !== 'relevance') parts.push(inTitle[sort])
  return parts.length > 0 ? words.titleQuotes(parts.join(', ')) : words.heading
}

/** "2019–2021", "2019", "from 2019", "up to 2021"; undefined for any time. */
export function periodLabel({ from, to }: { from: number | null; to: number | null }) {
  if (from !== null && to !== null) return from === to ? String(from) : `${from}–${to}`
  if (from !== null) return words.from(from)
  if (to !== null) return words.upTo(to)
  return undefined
}

function anyOf(names: readonly string[], many: string): string {
  if (names.length > NAMES_MAX) {
    return words.andMore(
      names.slice(0, NAMES_MAX - 1).join(', '),
      names.length - NAMES_MAX + 1,
      many,
    )
  }
  const last = names.at(-1) ?? ''
  return names.length === 1 ? last : `${names.slice(0, -1).join(', ')}${words.or}${last}`
}
