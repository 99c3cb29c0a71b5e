import { Link, useSearchParams } from 'react-router-dom'
import { withPage } from '../../data/explorer-filters'

type PagerProps = { page: number; pages: number }

/** Previous and next pages of results, as real links: each page has its own address. */
export function Pager({ page, pages }: PagerProps) {
  const [params] = useSearchParams()
  if (pages <= 1) return null
  const href = (n: number) => ({ search: `?${withPage(params, n).toString()}` })
  return (
    <nav className="pager" aria-label="Pages of results">
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev">
          ← Previous<span className="visually-hidden"> page</span>
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        Page {page.toLocaleString('en-GB')} of {pages.toLocaleString('en-GB')}
      </span>
      {page < pages ? (
        <Link to={href(page + 1)} rel="next">
          Next<span className="visually-hidden"> page</span> →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}
