import { Link } from 'react-router-dom'
import type { Quote, Race } from '../../dataset/schema'
import { useDatasetIndex } from '../page/use-dataset'
import { paths } from '../../urls/paths'
import { raceLabel } from '../../format/labels'
import { keyHas, nameKey, needleOf, type Term } from '../../search/search-query'
import { uniqueBy } from '../../lib/unique-by'
import { HighlightedText } from './highlighted-text'
import { quote as words } from '../../i18n/en/quote'

const NO_TERMS: readonly Term[] = []

/**
 * The race's other names a search matched ("Grand Prix of Example City", "The Oval"), so that a quote
 * found by a race's nickname or venue shows what was found.
 */
function otherNamesMatched(race: Race, terms: readonly Term[]): string[] {
  const label = raceLabel(race)
  return [race.name, race.nickname, race.venue].flatMap((name) => {
    if (name === undefined || name === label) return []
    const key = nameKey([name])
    return terms.some((term) => keyHas(key, needleOf(term))) ? [name] : []
  })
}

type QuoteAmbitionsProps = { quote: Quote; terms?: readonly Term[] }

/** The ambitions a quote voices: whose wish to race where, each linking to the race. */
export function QuoteAmbitions({ quote, terms = NO_TERMS }: QuoteAmbitionsProps) {
  const { driverById, raceById } = useDatasetIndex()
  const ambitions = uniqueBy(quote.ambitions, (a) => `${a.driverId}/${a.raceId}`)
  if (ambitions.length === 0) return null
  return (
    <ul className="quote__ambitions" aria-label={words.ambitionsVoiced}>
      {ambitions.map(({ driverId, raceId }) => {
        const race = raceById.get(raceId)
        const driver = driverById.get(driverId)
        if (!race || !driver) return null
        const others = otherNamesMatched(race, terms)
        return (
          <li key={`${driverId}/${raceId}`}>
            <Link to={paths.race(race.id)} className="ambition-chip">
              <span className="ambition-chip__flag" aria-hidden="true" />
              <span>
                <HighlightedText text={driver.name} terms={terms} name />
                {words.wants}
                <HighlightedText text={raceLabel(race)} terms={terms} name />
                {words.wantsEnd}
                {others.length > 0 && (
                  <>
                    {' ('}
                    {others.map((name, i) => (
                      <span key={name}>
                        {i > 0 && ', '}
                        <HighlightedText text={name} terms={terms} name />
                      </span>
                    ))}
                    )
                  </>
                )}
              </span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
