import { useId, type FormEvent } from 'react'
import { Link, useNavigate, type To } from 'react-router-dom'
import { core } from '../../i18n/en/core'

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
export function Pager({ page, pages, hrefOf, label = core.pages }: PagerProps) {
  if (pages <= 1) return null
  // The arrows are the stylesheet's, kept out of the links' names.
  const step = (to: number, kind: 'first' | 'previous' | 'next' | 'last', rel?: string) => (
    <Link to={hrefOf(to)} rel={rel} className={`pager__${kind}`}>
      {core[kind]} <span className="visually-hidden">{core.page}</span>
    </Link>
  )
  return (
    <nav className="pager" aria-label={label}>
      <div className="pager__steps">
        {page > 1 && step(1, 'first')}
        {page > 1 && step(page - 1, 'previous', 'prev')}
        <span className="pager__where">{core.pageOf(page, pages)}</span>
        {page < pages && step(page + 1, 'next', 'next')}
        {page < pages && step(pages, 'last')}
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
      <label htmlFor={id}>{core.goToPage}</label>
      <input id={id} name="page" type="number" min={1} max={pages} required />
      <button type="submit" className="button button--small">
        {core.go}
      </button>
    </form>
  )
}
