import { Fragment } from 'react'
import { Link } from 'react-router-dom'
import type { DatasetIndex } from '../../../model/dataset-index'
import type { NamedRecord } from '../../../search/search-index'
import { paths } from '../../../urls/paths'
import { HighlightedText } from '../../../components/quote/highlighted-text'
import { plural } from '../../../format/labels'
import { parseSearch, type Term } from '../../../search/search-query'
import type { QuoteResultsProps } from './outcome'

/*
 * What only an engine's answer can show besides its quotes: the pages a search names, and why it
 * found nothing. Loaded with that answer (search-outcome-code.ts), not with the page.
 */

const KIND_NAMES = { driver: 'driver', team: 'team', race: 'race' }

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
  return { key: `${kind}:${id}`, name: record.name, to, kind: KIND_NAMES[kind] }
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
    <nav className="named-pages" aria-label="Pages the search names">
      <span className="named-pages__label">Pages: </span>
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

/** "“x”." for one term, "every word of “x y”." for more. */
function wordsOf(q: string) {
  return /\s/.test(q) ? `every word of “${q}”.` : `“${q}”.`
}

/** Why a search or the filters found nothing, and the change that would find something. */

export function NothingFound(props: QuoteResultsProps) {
  const { outcome, onClearSearch, onClearNarrowing, onClearAll } = props
  const q = outcome.q.trim()
  const clearAll = (
    <button type="button" className="button" onClick={onClearAll}>
      Clear all filters
    </button>
  )
  const clearSearch = (
    <button type="button" className="button" onClick={onClearSearch}>
      Clear the search
    </button>
  )
  if (!outcome.narrowed) {
    return (
      <>
        <p>
          {parseSearch(q).include.length + parseSearch(q).exclude.length === 0
            ? `“${q}” has no letters or digits to search for.`
            : `No quote has ${wordsOf(q)} Check the spelling, or search for fewer words or the start of a word.`}
        </p>
        {clearSearch}
      </>
    )
  }
  if (!q) {
    return (
      <>
        <p>No quote fits all of these filters. Remove one, or start again.</p>
        {clearAll}
      </>
    )
  }
  if (outcome.searchAlone > 0) {
    return (
      <>
        <p>
          “{q}” finds {plural(outcome.searchAlone, 'quote')}, but none with these filters. Remove a
          filter, or search all quotes.
        </p>
        <button type="button" className="button" onClick={onClearNarrowing}>
          Search all quotes
        </button>
      </>
    )
  }
  if ((outcome.narrowingAlone ?? 0) > 0) {
    return (
      <>
        <p>
          These filters give {plural(outcome.narrowingAlone ?? 0, 'quote')}, but none has every word
          of “{q}”. Change the search, or clear it.
        </p>
        {clearSearch}
      </>
    )
  }
  return (
    <>
      <p>No quote has every word of “{q}”, with or without these filters.</p>
      {clearAll}
    </>
  )
}
