import { useLayoutEffect, useRef } from 'react'
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router-dom'
import { paths } from '../lib/paths'
import { APP_NAME } from '../components/page-meta'
import { DatasetGate } from './dataset-gate'

const NAV = [
  { to: paths.explorer(), label: 'Quotes', end: true },
  { to: paths.drivers(), label: 'Drivers', end: false },
  { to: paths.races(), label: 'Races', end: false },
  { to: paths.teams(), label: 'Teams', end: false },
]

export function RootLayout() {
  useFocusHeadingOnNavigation()
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.explorer()} className="brand">
            <span className="brand__flag" aria-hidden="true" />
            {APP_NAME}
          </Link>
          <nav aria-label="Main">
            <ul className="site-nav">
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <DatasetGate>
          <Outlet />
        </DatasetGate>
      </main>
      <footer className="site-footer">
        <p>
          Quotes are shown as published, each with its source; translations come with the dataset
          and are marked as such.
        </p>
      </footer>
      <ScrollRestoration />
    </>
  )
}

const PAGE_HEADING = '#main h1[tabindex="-1"]'

/**
 * After moving to another page, put focus on its heading so keyboard and screen reader users
 * follow. A page whose code is still loading gets it as soon as its heading appears.
 */
function useFocusHeadingOnNavigation() {
  const { pathname } = useLocation()
  const previous = useRef(pathname)
  // Layout effect: the heading has focus before the new page is first painted.
  useLayoutEffect(() => {
    if (previous.current === pathname) return
    previous.current = pathname
    const main = document.getElementById('main')
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>(PAGE_HEADING)
      heading?.focus({ preventScroll: true })
      return Boolean(heading)
    }
    if (!main || focusHeading()) return
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect()
    })
    observer.observe(main, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [pathname])
}
