import { useId, type FormEvent } from 'react'
import { Link, useNavigate, type To } from 'react-router-dom'
import { formatCount } from '../lib/labels'

type PagerProps = {
  page: number
  pages: number
  hrefOf: (page: number) => To
  /** The navigation's name: "Pages of results", "Pages of drivers". */
  label?: string
}

/**
 * First, previous, next and last pages, as real links (each page has its own address), and a
 * field to jump to any page of a long list.
 */
export function Pager({ page, pages, hrefOf, label = 'Pages of results' }: PagerProps) {
  if (pages <= 1) return null
  return (
    <nav className="pager" aria-label={label}>
      <div className="pager__steps">
        {page > 1 && (
          <>
            <Link to={hrefOf(1)}>
              <span aria-hidden="true">«</span> First <span className="visually-hidden">page</span>
            </Link>
            <Link to={hrefOf(page - 1)} rel="prev">
              <span aria-hidden="true">←</span> Previous{' '}
              <span className="visually-hidden">page</span>
            </Link>
          </>
        )}
        <span className="pager__where">
          Page {formatCount(page)} of {formatCount(pages)}
        </span>
        {page < pages && (
          <>
            <Link to={hrefOf(page + 1)} rel="next">
              Next <span className="visually-hidden">page</span> <span aria-hidden="true">→</span>
            </Link>
            <Link to={hrefOf(pages)}>
              Last <span className="visually-hidden">page</span> <span aria-hidden="true">»</span>
            </Link>
          </>
        )}
      </div>
      {pages > 2 && <GoToPage pages={pages} hrefOf={hrefOf} />}
    </nav>
  )
}

/** A page number typed and sent, with the keyboard as with the mouse. */
function GoToPage({ pages, hrefOf }: Pick<PagerProps, 'pages' | 'hrefOf'>) {
  const id = useId()
  const navigate = useNavigate()
  const go = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const value = new FormData(event.currentTarget).get('page')
    const page = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN
    if (page >= 1 && page <= pages) void navigate(hrefOf(page))
  }
  return (
    <form className="pager__jump" onSubmit={go}>
      <label htmlFor={id}>Go to page</label>
      <input id={id} name="page" type="number" inputMode="numeric" min={1} max={pages} required />
      <button type="submit" className="button button--small">
        Go
      </button>
    </form>
  )
}
