import { Fragment } from 'react'
import { Link } from 'react-router-dom'
import type { DatasetIndex } from '../../../model/dataset-index'
import type { NamedRecord } from '../../../search/search-index'
import { paths } from '../../../urls/paths'
import { HighlightedText } from '../../../components/quote/highlighted-text'
import { parseSearch, type Term } from '../../../search/search-query'
import type { QuoteResultsProps } from './outcome'
import { search as words } from '../../../i18n/en/search'
import { explorer as kinds } from '../../../i18n/en/explorer'

/*
 * What only an engine's answer can show besides its quotes: the pages a search names, and why it
 * found nothing. Loaded with that answer (search-outcome-code.ts), not with the page.
 */

function pageOf(index: DatasetIndex, { kind, id }: NamedRecord) {
  const record =
    kind === 'driver'
      ? index.driverById.get(id)
      : kind === 'team'
        ? index.teamById.get(id)
        : index.raceById.get(id)
  if (!record) return undefined
  const to =
    kind === 'driver' ? paths.driver(id) : kind === 'team' ? paths.team(id) : paths.race(id)
  return {
    key: `${kind}:${id}`,
    name: record.name,
    to,
    kind: { driver: kinds.driverKind, team: kinds.teamKind, race: kinds.raceKind }[kind],
  }
}

type NamedPagesProps = {
  index: DatasetIndex
  named: readonly NamedRecord[]
  terms: readonly Term[]
}

/** "Pages: Ada Example (driver), Grand Prix A (race)": what the search names, quoted or not. */
export function NamedPages({ index, named, terms }: NamedPagesProps) {
  const pages = named.flatMap((record) => pageOf(index, record) ?? [])
  if (pages.length === 0) return null
  return (
    <nav className="named-pages" aria-label={kinds.namedPages}>
      <span className="named-pages__label">{kinds.pages} </span>
      {pages.map((page, i) => (
        <Fragment key={page.key}>
          {i > 0 && ', '}
          <Link to={page.to}>
            <HighlightedText text={page.name} terms={terms} name />
          </Link>{' '}
          <span className="named-pages__kind">({page.kind})</span>
        </Fragment>
      ))}
    </nav>
  )
}

/** Why a search or the filters found nothing, and the change that would find something. */

export function NothingFound(props: QuoteResultsProps) {
  const { outcome, onClearSearch, onClearNarrowing, onClearAll } = props
  const q = outcome.q.trim()
  const clearAll = (
    <button type="button" className="button" onClick={onClearAll}>
      {words.clearAllFilters}
    </button>
  )
  const clearSearch = (
    <button type="button" className="button" onClick={onClearSearch}>
      {words.clearSearch}
    </button>
  )
  if (!outcome.narrowed) {
    return (
      <>
        <p>
          {parseSearch(q).include.length + parseSearch(q).exclude.length === 0
            ? words.noLetters(q)
            : words.noQuoteHas(q)}
        </p>
        {clearSearch}
      </>
    )
  }
  if (!q) {
    return (
      <>
        <p>{words.noQuoteFits}</p>
        {clearAll}
      </>
    )
  }
  if (outcome.searchAlone > 0) {
    return (
      <>
        <p>{words.searchAlone(q, outcome.searchAlone)}</p>
        <button type="button" className="button" onClick={onClearNarrowing}>
          {words.searchAll}
        </button>
      </>
    )
  }
  if ((outcome.narrowingAlone ?? 0) > 0) {
    return (
      <>
        <p>{words.narrowingAlone(q, outcome.narrowingAlone ?? 0)}</p>
        {clearSearch}
      </>
    )
  }
  return (
    <>
      <p>{words.neither(q)}</p>
      {clearAll}
    </>
  )
}
