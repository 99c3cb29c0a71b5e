import { core } from '../../i18n/en/core'
import { NavLink } from 'react-router-dom'
import { paths } from '../../urls/paths'
import { useSavedIds } from './saved-store'

/**
 * The header's link to the saved quotes, "Saved (3)" once the page is this browser's. The count
 * is a badge out of the line's flow (styles.css): nothing moves when it comes.
 */
export function SavedNavLink() {
  const count = useSavedIds()?.size
  return (
    <NavLink
      to={paths.saved()}
      className="site-nav__saved"
      aria-label={count ? core.savedCount(count) : undefined}
    >
      {core.saved}
      {count ? <span className="site-nav__count">{count}</span> : null}
    </NavLink>
  )
}
