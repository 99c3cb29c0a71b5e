import { useMemo } from 'react'
import { useSearchParams } from 'react-router-dom'
import {
  LIST_PAGE_SIZE,
  listPageCount,
  pageWithin,
  parseListParams,
  withListView,
  type ListView,
} from '../../urls/list-params'
import { wordStartMatcher } from '../../search/word-start'
import { useViewShown } from './use-view-shown'

export type SortOption<T, S extends string> = {
  value: S
  /** What the order is, as the sort control says it: "Most quotes first". */
  label: string
  compare: (a: T, b: T) => number
}

export type ListOptions<T, S extends string> = {
  items: readonly T[]
  /** The orders offered, the default first. Stable across renders: sorting is not free. */
  sorts: readonly [SortOption<T, S>, ...SortOption<T, S>[]]
  /** The names the filter looks at, e.g. a race's name and short name. */
  namesOf: (item: T) => readonly string[]
}

/**
 * A list page's view, read from and written to the URL: the filtered, sorted records and the
 * page of them shown, with a link to any other page. While the browser takes over the
 * prerendered page the view is the default one, as the HTML shows it; the address's follows.
 */
export function useListView<T, S extends string>({ items, sorts, namesOf }: ListOptions<T, S>) {
  const [params, setParams] = useSearchParams()
  const hydrated = useViewShown()
  const [byDefault, ...others] = sorts
  const defaultSort = byDefault.value
  const values: [S, ...S[]] = [defaultSort, ...others.map((option) => option.value)]
  const asked = parseListParams(params, values)
  const q = hydrated ? asked.q : ''
  const sort = hydrated ? asked.sort : defaultSort
  const askedPage = hydrated ? asked.page : 1

  const matched = useMatched({ items, sorts, namesOf }, q, sort)
  const page = pageWithin(askedPage, matched.length)
  const first = (page - 1) * LIST_PAGE_SIZE
  const shown = matched.slice(first, first + LIST_PAGE_SIZE)

  const viewParams = hydrated ? params : new URLSearchParams()
  const update = (changes: Partial<ListView<S>>, replace = false) =>
    setParams((prev) => withListView(prev, changes, defaultSort), { replace })

  return {
    q,
    sort,
    shown,
    matched: matched.length,
    total: items.length,
    first,
    page,
    pages: listPageCount(matched.length),
    hrefOfPage: (n: number) => ({
      search: `?${withListView(viewParams, { page: n }, defaultSort).toString()}`,
    }),
    update,
    /** For the focus on a move to another page: none while taking over, which is no move. */
    focusPage: hydrated ? page : undefined,
    filtersKey: withListView(params, { page: 1 }, defaultSort).toString(),
  }
}

/** The records the filter keeps, in the order asked: computed again only when those change. */
function useMatched<T, S extends string>(
  { items, sorts, namesOf }: ListOptions<T, S>,
  q: string,
  sort: S,
): readonly T[] {
  return useMemo(() => {
    const matches = wordStartMatcher(q)
    const order = sorts.find((option) => option.value === sort) ?? sorts[0]
    return items.filter((item) => matches(namesOf(item))).sort(order.compare)
  }, [items, sorts, namesOf, q, sort])
}
