import { capQuery } from './explorer-params'
import { plural } from '../format/labels'
import { truncate } from '../format/truncate'
import { pages } from '../i18n/en/pages'

/**
 * A list page's view as it lives in the URL (/drivers?q=ver&sort=quotes&page=3): the one module
 * that reads and writes it. What the URL asks that the page does not offer is dropped.
 */
export type ListView<S extends string> = { q: string; sort: S; page: number }

/** Cards per page of a list: a phone scrolls through a page, not through 1,000 cards. */
export const LIST_PAGE_SIZE = 48

/**
 * Reads the view from the URL: `sorts` are the orders the page offers, the first the default.
 * The page is the one asked for if it is a whole number; whether the list has that page is for
 * `pageWithin`, once the filter has counted the matches.
 */
export function parseListParams<S extends string>(
  params: URLSearchParams,
  sorts: readonly [S, ...S[]],
): ListView<S> {
  const sort = sorts.find((s) => s === params.get('sort')) ?? sorts[0]
  const raw = params.get('page') ?? ''
  const page = /^[1-9]\d{0,6}$/.test(raw) ? Number(raw) : 1
  return { q: capQuery(params.get('q') ?? ''), sort, page }
}

export function listPageCount(count: number): number {
  return Math.max(1, Math.ceil(count / LIST_PAGE_SIZE))
}

/** The page asked for if the list has it; otherwise page 1. */
export function pageWithin(page: number, count: number): number {
  return page <= listPageCount(count) ? page : 1
}

/**
 * Writes view changes onto the current params, keeping any others. A new filter or order goes
 * back to page 1; a default (no filter, the first order, page 1) leaves its param out.
 */
export function withListView<S extends string>(
  params: URLSearchParams,
  changes: Partial<ListView<S>>,
  defaultSort: S,
): URLSearchParams {
  const next = new URLSearchParams(params)
  const put = (key: string, value: string | undefined) =>
    value === undefined ? next.delete(key) : next.set(key, value)
  if (changes.q !== undefined || changes.sort !== undefined) next.delete('page')
  if (changes.q !== undefined) put('q', changes.q.trim() === '' ? undefined : changes.q)
  if (changes.sort !== undefined)
    put('sort', changes.sort === defaultSort ? undefined : changes.sort)
  if (changes.page !== undefined) put('page', changes.page > 1 ? String(changes.page) : undefined)
  return next
}

type CountOf = {
  /** Records in the whole list, and those the filter keeps. */
  total: number
  matched: number
  q: string
  /** Where the page shown starts (0-based) and how many it shows. */
  first: number
  shown: number
  /** The record, as counted: ["driver", "drivers"]. */
  noun: readonly [string, string]
}

/** "1,000 drivers", "12 of 1,000 drivers match “ver”", each with " · showing 49–96" if paged. */
export function listCountText({ total, matched, q, first, shown, noun }: CountOf): string {
  const [one, many] = noun
  const query = q.trim()
  const count = query
    ? pages.listMatches(matched, plural(total, one, many), truncate(query, 40))
    : plural(total, one, many)
  if (matched <= shown) return count
  return `${count} · ${pages.showing(first + 1, first + shown)}`
}
