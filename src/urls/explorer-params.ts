import type { DatasetIndex } from '../model/dataset-index'

/**
 * The explorer's state as it lives in the URL: the one module that reads and writes it, for the
 * explorer itself and for every link into it (paths.explorer).
 */
export const FACETS = ['driver', 'team', 'ambition'] as const
export type Facet = (typeof FACETS)[number]

/** The orders results come in; `relevance` only while searching (search-query.ts). */
export const SORTS = ['relevance', 'newest', 'oldest', 'speaker'] as const
export type Sort = (typeof SORTS)[number]

/**
 * Each facet's chosen ids, in the order chosen: OR within a facet, AND across facets, the search
 * `q` and the period (`from` and `to`, years of the source's date, either end open when null).
 * `sort` null is the default order: best match while searching, else newest first.
 */
export type ExplorerFilters = Record<Facet, readonly string[]> & {
  q: string
  from: number | null
  to: number | null
  sort: Sort | null
}

/** What a link or a control changes: a facet takes one id, a list, or undefined to clear it. */
export type FilterChanges = Partial<Record<Facet, string | readonly string[] | undefined>> & {
  q?: string | undefined
  from?: number | null | undefined
  to?: number | null | undefined
  sort?: Sort | null | undefined
}

export const NO_FILTERS: ExplorerFilters = {
  driver: [],
  team: [],
  ambition: [],
  q: '',
  from: null,
  to: null,
  sort: null,
}

/** Filters from a partial description: a facet given one id, a list or nothing. */
export function filtersFrom(changes: FilterChanges): ExplorerFilters {
  const ids = (value: FilterChanges[Facet]) =>
    value === undefined ? [] : typeof value === 'string' ? [value] : value
  return {
    driver: ids(changes.driver),
    team: ids(changes.team),
    ambition: ids(changes.ambition),
    q: changes.q ?? '',
    from: changes.from ?? null,
    to: changes.to ?? null,
    sort: changes.sort ?? null,
  }
}

/** The ids each facet accepts: what the dataset knows. */
export type KnownIds = Record<Facet, { has: (id: string) => boolean }>

/** Longest query honoured; the rest of an absurd `q` is ignored rather than searched. */
export const QUERY_MAX = 200

/** Most ids honoured per facet: a hostile URL repeating `driver=` cannot make filtering slow. */
export const FACET_VALUES_MAX = 50

/** The explorer's page of results, 1-based; other filters reset it. */
export const PAGE_PARAM = 'page'
export const PAGE_SIZE = 25

/**
 * Reads the explorer's filters from the URL, against the dataset: an id the dataset does not
 * know is dropped, and so is a repeated one, so a stale or hostile link shows what it can.
 */
export function parseExplorerParams(params: URLSearchParams, known: KnownIds): ExplorerFilters {
  const filters = { ...NO_FILTERS, q: capQuery(params.get('q') ?? '') }
  for (const facet of FACETS) {
    const ids = new Set(params.getAll(facet).filter((id) => known[facet].has(id)))
    filters[facet] = [...ids].slice(0, FACET_VALUES_MAX)
  }
  const from = yearOf(params.get('from'))
  const to = yearOf(params.get('to'))
  // A period given backwards is read forwards: 2024 to 2019 is 2019 to 2024.
  const backwards = from !== null && to !== null && from > to
  filters.from = backwards ? to : from
  filters.to = backwards ? from : to
  const sort = params.get('sort')
  filters.sort = SORTS.find((known) => known === sort) ?? null
  return filters
}

/** A year as the URL gives it: four digits, else none. */
function yearOf(raw: string | null): number | null {
  return raw !== null && /^\d{4}$/.test(raw) ? Number(raw) : null
}

/** Cuts an over-long query without splitting a surrogate pair, which the URL would turn into �. */
export function capQuery(q: string): string {
  const capped = q.slice(0, QUERY_MAX)
  return /[\uD800-\uDBFF]$/.test(capped) ? capped.slice(0, -1) : capped
}

/** The page asked for, if it is a whole number within the results; otherwise page 1. */
export function parsePage(params: URLSearchParams, resultCount: number): number {
  const raw = params.get(PAGE_PARAM) ?? ''
  const page = /^[1-9]\d{0,6}$/.test(raw) ? Number(raw) : 1
  return page <= pageCount(resultCount) ? page : 1
}

export function pageCount(resultCount: number): number {
  return Math.max(1, Math.ceil(resultCount / PAGE_SIZE))
}

export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params)
  if (page > 1) next.set(PAGE_PARAM, String(page))
  else next.delete(PAGE_PARAM)
  return next
}

/** Writes filter changes onto the current params, back to page 1, keeping any others. */
export function withFilters(params: URLSearchParams, changes: FilterChanges): URLSearchParams {
  let next = new URLSearchParams(params)
  next.delete(PAGE_PARAM)
  for (const [key, value] of Object.entries(changes)) {
    const values: readonly unknown[] = Array.isArray(value) ? value : [value]
    const kept = values.flatMap((v) =>
      typeof v === 'number' ? [String(v)] : typeof v === 'string' && v.trim() !== '' ? [v] : [],
    )
    next = replaced(next, key, kept)
  }
  return next
}

/** The params with `key`'s values replaced where the first one was, so a link changes little. */
function replaced(params: URLSearchParams, key: string, values: readonly string[]) {
  const next = new URLSearchParams()
  let written = false
  for (const [k, v] of params) {
    if (k !== key) next.append(k, v)
    else if (!written) for (const value of values) next.append(key, value)
    written ||= k === key
  }
  if (!written) for (const value of values) next.append(key, value)
  return next
}

/** Every filter and the search cleared; the order chosen stays. */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  return withFilters(params, { driver: [], team: [], ambition: [], q: '', from: null, to: null })
}

/** Whether anything narrows the results: a facet, the search or the period (not the order). */
export function hasActiveFilters(filters: ExplorerFilters): boolean {
  return hasNarrowing(filters) || filters.q.trim() !== ''
}

/** Whether a facet or the period narrows the results, the search aside. */
export function hasNarrowing(filters: ExplorerFilters): boolean {
  return (
    FACETS.some((facet) => filters[facet].length > 0) ||
    filters.from !== null ||
    filters.to !== null
  )
}

/** Whether the view differs from the first page as prerendered: any filter, or another order. */
export function isDefaultView(filters: ExplorerFilters): boolean {
  return !hasActiveFilters(filters) && (filters.sort === null || filters.sort === 'newest')
}

/** The ids with `id` added, or taken out if it was there: choosing an option toggles it. */
export function toggled(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]
}

/** One string per set of filters: equal filters, equal keys (ids are slugs, without spaces). */
export function filtersKey(filters: ExplorerFilters): string {
  const { q, from, to, sort } = filters
  return JSON.stringify([...FACETS.map((facet) => filters[facet].join(' ')), q, from, to, sort])
}

/** The ids each explorer facet accepts from a URL: the ones this dataset knows. */
export function knownIds(index: DatasetIndex): KnownIds {
  return { driver: index.driverById, team: index.teamById, ambition: index.raceById }
}
