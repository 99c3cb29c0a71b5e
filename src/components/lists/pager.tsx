import { useId, type FormEvent } from 'react'
import { Link, useNavigate, type To } from 'react-router-dom'
import { formatCount } from '../../format/labels'

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
  // The arrows are the stylesheet's, kept out of the links' names.
  const step = (to: number, name: string, rel?: string) => (
    <Link to={hrefOf(to)} rel={rel} className={`pager__${name.toLowerCase()}`}>
      {name} <span className="visually-hidden">page</span>
    </Link>
  )
  return (
    <nav className="pager" aria-label={label}>
      <div className="pager__steps">
        {page > 1 && step(1, 'First')}
        {page > 1 && step(page - 1, 'Previous', 'prev')}
        <span className="pager__where">
          Page {formatCount(page)} of {formatCount(pages)}
        </span>
        {page < pages && step(page + 1, 'Next', 'next')}
        {page < pages && step(pages, 'Last')}
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
    const page = Number(new FormData(event.currentTarget).get('page'))
    if (Number.isInteger(page) && page >= 1 && page <= pages) void navigate(hrefOf(page))
  }
  return (
    <form className="pager__jump" onSubmit={go}>
      <label htmlFor={id}>Go to page</label>
      <input id={id} name="page" type="number" min={1} max={pages} required />
      <button type="submit" className="button button--small">
        Go
      </button>
    </form>
  )
}
