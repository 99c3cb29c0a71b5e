import { Link } from 'react-router-dom'
import type { Evidence } from '../../model/detail-views'
import { paths } from '../../urls/paths'
import { truncate } from '../../format/truncate'
import { QuoteCard, quoteAnchor } from './quote-card'
import { records as words } from '../../i18n/en/records'

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
          {words.alsoVoiced} <a href={`#${quoteAnchor(quote.id)}`}>“{truncate(quote.text, 60)}”</a>
          {words.above}
        </p>
      ))}
      {total > evidence.length + again.length && (
        <p className="more">
          <Link to={paths.explorer({ driver: ambition.driverId, ambition: ambition.raceId })}>
            {words.allBehind(total)}
          </Link>
        </p>
      )}
    </>
  )
}
