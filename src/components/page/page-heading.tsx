import {
  createContext,
  use,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react'
import { useLocation } from 'react-router-dom'

/** Whether the reader has moved to another page since this document loaded. */
const NavigatedContext = createContext(false)

/**
 * Tracks moves from page to page (a new path; not a new search or fragment), for the page
 * headings inside it. Wraps the routes, once, in the root layout.
 */
export function PageNavigation({ children }: { children: ReactNode }) {
  const { pathname } = useLocation()
  const [seen, setSeen] = useState({ pathname, navigated: false })
  // Derived during render, so a heading mounted by this very navigation already knows.
  if (seen.pathname !== pathname) setSeen({ pathname, navigated: true })
  return <NavigatedContext value={seen.navigated}>{children}</NavigatedContext>
}

/**
 * A page's h1. After a move to another page it takes focus, so keyboard and screen reader users
 * start at the top of what they asked for; on the first page of a visit focus stays where the
 * browser put it. A page whose code or data arrives later gets focus as its heading appears.
 */
export function PageHeading(props: Omit<ComponentProps<'h1'>, 'tabIndex' | 'ref'>) {
  const navigated = use(NavigatedContext)
  const { pathname } = useLocation()
  const heading = useRef<HTMLHeadingElement>(null)
  // Layout effect: the heading has focus before the new page is first painted.
  useLayoutEffect(() => {
    if (navigated) heading.current?.focus({ preventScroll: true })
  }, [navigated, pathname])
  return <h1 {...props} ref={heading} tabIndex={-1} />
}
