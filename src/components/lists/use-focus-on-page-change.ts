import { useLayoutEffect, useRef } from 'react'

/**
 * An element (a heading) that takes focus when the reader moves to another page of results, so
 * they start at its top. A change of filters also goes back to page 1, but focus then stays in
 * the control. `page` is undefined while the browser takes over the page: that is no move.
 */
export function useFocusOnPageChange<E extends HTMLElement = HTMLHeadingElement>(
  page: number | undefined,
  filtersKey: string,
) {
  const target = useRef<E>(null)
  const previous = useRef({ page, filtersKey })
  useLayoutEffect(() => {
    const before = previous.current
    previous.current = { page, filtersKey }
    if (before.page === undefined || page === undefined) return
    if (before.page !== page && before.filtersKey === filtersKey) target.current?.focus()
  }, [page, filtersKey])
  return target
}
