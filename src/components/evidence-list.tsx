import { Link } from 'react-router-dom'
import type { Quote } from '../data/schema'
import { QuoteExcerpt } from './quote-excerpt'
import { paths } from '../lib/paths'

/** Excerpts shown as evidence for one ambition; more are a link away. */
export const EVIDENCE_LIMIT = 3

type EvidenceListProps = {
  quotes: readonly Quote[]
  /** Whose wish to race which race the quotes voice; the rest are a filtered explorer away. */
  ambition: { driverId: string; raceId: string }
}

export function EvidenceList({ quotes, ambition }: EvidenceListProps) {
  return (
    <>
      <ul className="evidence">
        {quotes.slice(0, EVIDENCE_LIMIT).map((quote) => (
          <li key={quote.id}>
            <QuoteExcerpt quote={quote} />
          </li>
        ))}
      </ul>
      {quotes.length > EVIDENCE_LIMIT && (
        <p className="more">
          <Link to={paths.explorer({ driver: ambition.driverId, ambition: ambition.raceId })}>
            All {quotes.length.toLocaleString('en-GB')} quotes behind this ambition
          </Link>
        </p>
      )}
    </>
  )
}
