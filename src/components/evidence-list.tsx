import { Link } from 'react-router-dom'
import type { Quote } from '../data/schema'
import { QuoteExcerpt } from './quote-excerpt'

/** Excerpts shown as evidence for one ambition; more are a link away. */
export const EVIDENCE_LIMIT = 3

type EvidenceListProps = { quotes: readonly Quote[]; moreHref: string }

export function EvidenceList({ quotes, moreHref }: EvidenceListProps) {
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
          <Link to={moreHref}>
            All {quotes.length.toLocaleString('en-GB')} quotes behind this ambition
          </Link>
        </p>
      )}
    </>
  )
}
