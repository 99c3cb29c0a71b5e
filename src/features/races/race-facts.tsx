import type { Race } from '../../dataset/schema'
import { records as words } from '../../i18n/en/records'

/** What the source says of a race: its other names, venue and story. */
export function RaceFacts({ race }: { race: Race }) {
  const facts = [
    race.shortName && race.shortName !== race.name ? [words.also, race.shortName] : undefined,
    race.nickname ? [words.nickname, race.nickname] : undefined,
    race.venue ? [words.venue, race.venue] : undefined,
  ].filter((fact) => fact !== undefined)
  return (
    <>
      {facts.length > 0 && (
        <dl className="facts">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {race.description && <p>{race.description}</p>}
    </>
  )
}
