import type { Dataset } from './schema'

type Collection = 'sources' | 'teams' | 'races' | 'drivers' | 'quotes'
const SINGULAR: Record<Collection, string> = {
  sources: 'source',
  teams: 'team',
  races: 'race',
  drivers: 'driver',
  quotes: 'quote',
}

/**
 * The rules a schema cannot express: unique ids, references that resolve, real calendar
 * dates, and no driver listed twice in one quote.
 */
export function findReferenceProblems(dataset: Dataset): string[] {
  const problems: string[] = []
  const ids: Record<Collection, Set<string>> = {
    sources: collectIds(dataset, 'sources', problems),
    teams: collectIds(dataset, 'teams', problems),
    races: collectIds(dataset, 'races', problems),
    drivers: collectIds(dataset, 'drivers', problems),
    quotes: collectIds(dataset, 'quotes', problems),
  }

  // Paths are only spelled out for a problem: this runs for every reference of every quote.
  const expect = (collection: Collection, id: string, path: () => string) => {
    if (!ids[collection].has(id)) problems.push(`${path()}: no ${SINGULAR[collection]} "${id}"`)
  }

  dataset.drivers.forEach((driver, d) =>
    driver.affiliations.forEach((affiliation, a) =>
      expect('teams', affiliation.teamId, () => `drivers[${d}].affiliations[${a}].teamId`),
    ),
  )
  dataset.sources.forEach((source, s) => {
    if (!isCalendarDate(source.published)) {
      problems.push(`sources[${s}].published: "${source.published}" is not a date in the calendar`)
    }
  })
  dataset.quotes.forEach((quote, q) => {
    expect('drivers', quote.speakerId, () => `quotes[${q}].speakerId`)
    expect('sources', quote.sourceId, () => `quotes[${q}].sourceId`)
    quote.aboutDriverIds.forEach((id, i) => {
      const path = () => `quotes[${q}].aboutDriverIds[${i}]`
      expect('drivers', id, path)
      if (id === quote.speakerId)
        problems.push(`${path()}: "${id}" is the speaker; list only others`)
      else if (quote.aboutDriverIds.indexOf(id) < i)
        problems.push(`${path()}: "${id}" is listed twice`)
    })
    quote.ambitions.forEach(({ driverId, raceId }, i) => {
      expect('drivers', driverId, () => `quotes[${q}].ambitions[${i}].driverId`)
      expect('races', raceId, () => `quotes[${q}].ambitions[${i}].raceId`)
      const twice = quote.ambitions.findIndex((a) => a.driverId === driverId && a.raceId === raceId)
      if (twice < i) {
        problems.push(`quotes[${q}].ambitions[${i}]: ${driverId} -> ${raceId} is listed twice`)
      }
    })
  })
  return problems
}

/** "2020-02-31" has the shape of a date but is none. The schema has checked the shape. */
function isCalendarDate(value: string): boolean {
  const [year = 0, month = 1, day] = value.split('-').map(Number)
  if (day === undefined) return true
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function collectIds(dataset: Dataset, collection: Collection, problems: string[]): Set<string> {
  const seen = new Set<string>()
  dataset[collection].forEach((record, index) => {
    if (seen.has(record.id)) {
      problems.push(
        `${collection}[${index}].id: "${record.id}" is used by another ${SINGULAR[collection]}`,
      )
    }
    seen.add(record.id)
  })
  return seen
}
