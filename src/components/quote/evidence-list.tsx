import { Link } from 'react-router-dom'
import type { Evidence } from '../../model/detail-views'
import { formatCount } from '../../format/labels'
import { paths } from '../../urls/paths'
import { truncate } from '../../format/truncate'
import { QuoteCard, quoteAnchor } from './quote-card'

type EvidenceListProps = {
  evidence: Evidence
  /** Whose wish to race which race the quotes voice; the rest are a filtered explorer away. */
  ambition: { driverId: string; raceId: string }
}

/** A few quotes voicing one ambition; one already shown above is pointed to, not repeated. */
export function EvidenceList({ evidence: view, ambition }: EvidenceListProps) {
  const { evidence, again, total } = view
  return (
    <>
      {evidence.length > 0 && (
        <ul className="evidence">
          {evidence.map((quote) => (
            <li key={quote.id}>
              <QuoteCard quote={quote} variant="compact" anchored />
            </li>
          ))}
        </ul>
      )}
      {again.map((quote) => (
        <p key={quote.id} className="evidence__again">
          Also voiced in <a href={`#${quoteAnchor(quote.id)}`}>“{truncate(quote.text, 60)}”</a>,
          above.
        </p>
      ))}
      {total > evidence.length + again.length && (
        <p className="more">
          <Link to={paths.explorer({ driver: ambition.driverId, ambition: ambition.raceId })}>
            All {formatCount(total)} quotes behind this ambition
          </Link>
        </p>
      )}
    </>
  )
}
