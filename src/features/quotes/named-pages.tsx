import { Fragment } from 'react'
import { Link } from 'react-router-dom'
import type { DatasetIndex } from '../../data/dataset-index'
import type { NamedRecord } from '../../data/search-index'
import { paths } from '../../lib/paths'
import type { Term } from '../../lib/search-query'
import { HighlightedText } from '../../components/highlighted-text'

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
