import { useLayoutEffect, useRef } from 'react'
import { useSearchParams } from 'react-router-dom'
import { PAGE_SIZE, pageCount, parsePage, withPage } from '../../data/explorer-filters'

/**
 * The page of results the URL asks for, and a heading ref that takes focus when the reader
 * moves to another page, so they start at its top. A change of filters also goes back to
 * page 1, but focus then stays in the control being used.
 */
export function useResultsPage(resultCount: number) {
  const [params] = useSearchParams()
  const page = parsePage(params, resultCount)
  const filtersKey = withPage(params, 1).toString()
  const heading = useRef<HTMLHeadingElement>(null)
  const previous = useRef({ page, filtersKey })

  useLayoutEffect(() => {
    const before = previous.current
    previous.current = { page, filtersKey }
    if (before.page !== page && before.filtersKey === filtersKey) heading.current?.focus()
  }, [page, filtersKey])

  const first = (page - 1) * PAGE_SIZE
  return { page, pages: pageCount(resultCount), first, end: first + PAGE_SIZE, heading }
}
