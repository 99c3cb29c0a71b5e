import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router-dom'
import { paths } from '../urls/paths'
import { APP_NAME } from '../components/page/page-meta'
import { PageNavigation } from '../components/page/page-heading'
import { ActionStatusProvider } from '../components/actions/action-status'
import { SavedNavLink } from '../components/saved/saved-nav-link'

const NAV = [
  { to: paths.explorer(), label: 'Quotes', end: true },
  { to: paths.drivers(), label: 'Drivers', end: false },
  { to: paths.races(), label: 'Races', end: false },
  { to: paths.teams(), label: 'Teams', end: false },
]

export function RootLayout() {
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
              <li>
                <SavedNavLink />
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <ActionStatusProvider>
          <PageNavigation>
            <Outlet />
          </PageNavigation>
        </ActionStatusProvider>
      </main>
      <footer className="site-footer">
        <p>
          Quotes are shown as published, each with its source; translations come with the dataset
          and are marked as such.{' '}
          <a href={`${import.meta.env.BASE_URL}data/quotes.json`} download>
            Download the dataset
          </a>{' '}
          (JSON).
        </p>
      </footer>
      <ScrollRestoration />
    </>
  )
}
