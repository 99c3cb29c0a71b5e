import { Link, type To } from 'react-router-dom'

type PagerProps = { page: number; pages: number; hrefOf: (page: number) => To }

/** Previous and next pages of results, as real links: each page has its own address. */
export function Pager({ page, pages, hrefOf }: PagerProps) {
  if (pages <= 1) return null
  return (
    <nav className="pager" aria-label="Pages of results">
      {page > 1 ? (
        <Link to={hrefOf(page - 1)} rel="prev">
          ← Previous<span className="visually-hidden"> page</span>
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        Page {page.toLocaleString('en-GB')} of {pages.toLocaleString('en-GB')}
      </span>
      {page < pages ? (
        <Link to={hrefOf(page + 1)} rel="next">
          Next<span className="visually-hidden"> page</span> →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}
