import type { Dataset } from './schema'

type Collection = 'sources' | 'teams' | 'races' | 'drivers' | 'quotes'
const SINGULAR: Record<Collection, string> = {
  sources: 'source',
  teams: 'team',
  races: 'race',
  drivers: 'driver',
  quotes: 'quote',
}

/** The rules a schema cannot express: unique ids and references that resolve. */
export function findReferenceProblems(dataset: Dataset): string[] {
  const problems: string[] = []
  const ids: Record<Collection, Set<string>> = {
    sources: collectIds(dataset, 'sources', problems),
    teams: collectIds(dataset, 'teams', problems),
    races: collectIds(dataset, 'races', problems),
    drivers: collectIds(dataset, 'drivers', problems),
    quotes: collectIds(dataset, 'quotes', problems),
  }

  const expect = (path: string, collection: Collection, id: string) => {
    if (!ids[collection].has(id)) problems.push(`${path}: no ${SINGULAR[collection]} "${id}"`)
  }

  dataset.drivers.forEach((driver, d) =>
    driver.affiliations.forEach((affiliation, a) =>
      expect(`drivers[${d}].affiliations[${a}].teamId`, 'teams', affiliation.teamId),
    ),
  )
  dataset.quotes.forEach((quote, q) => {
    expect(`quotes[${q}].speakerId`, 'drivers', quote.speakerId)
    expect(`quotes[${q}].sourceId`, 'sources', quote.sourceId)
    quote.aboutDriverIds.forEach((id, i) =>
      expect(`quotes[${q}].aboutDriverIds[${i}]`, 'drivers', id),
    )
    quote.ambitions.forEach((ambition, i) => {
      expect(`quotes[${q}].ambitions[${i}].driverId`, 'drivers', ambition.driverId)
      expect(`quotes[${q}].ambitions[${i}].raceId`, 'races', ambition.raceId)
    })
  })
  return problems
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
