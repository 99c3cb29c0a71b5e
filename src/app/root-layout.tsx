import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router-dom'
import { paths } from '../urls/paths'
import { APP_NAME, siteLinks } from '../components/page/page-meta'
import { feedPathOf } from '../urls/feed-paths'
import { PageNavigation } from '../components/page/page-heading'
import { ActionStatusProvider } from '../components/actions/action-status'
import { SavedNavLink } from '../components/saved/saved-nav-link'
import { core } from '../i18n/en/core'
import { LanguageSwitch } from '../components/page/language-switch'

export function RootLayout() {
  const nav = [
    { to: paths.explorer(), label: core.navQuotes, end: true },
    { to: paths.drivers(), label: core.navDrivers, end: false },
    { to: paths.races(), label: core.navRaces, end: false },
    { to: paths.teams(), label: core.navTeams, end: false },
  ]
  return (
    <>
      <a className="skip-link" href="#main">
        {core.skip}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.explorer()} className="brand">
            <span className="brand__flag" aria-hidden="true" />
            {APP_NAME}
          </Link>
          <nav aria-label={core.nav}>
            <ul className="site-nav">
              {nav.map((item) => (
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
          <LanguageSwitch />
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
          {core.footer}{' '}
          <a href={`${import.meta.env.BASE_URL}data/quotes.json`} download>
            {core.download}
          </a>{' '}
          {core.json}
        </p>
        {/* The whole site's Atom feed, built only with SITE_URL (scripts/lib/feed-files.ts):
            without it, this is no code at all. */}
        {import.meta.env.SITE_URL && (
          <p>
            <a href={siteLinks().urlOf(feedPathOf('/'))} type="application/atom+xml">
              {core.followSite}
            </a>
          </p>
        )}
      </footer>
      <ScrollRestoration />
    </>
  )
}
