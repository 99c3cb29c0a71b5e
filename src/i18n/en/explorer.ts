import { area } from '../language'
import { formatCount, plural } from '../../format/labels'

const quotes = (count: number) => plural(count, 'quote', 'quotes')

/** The explorer's words (`/`): its heading, controls, filters, counts and the matrix. */
export const explorer = area('explorer', {
  description: (total: number, drivers: number) =>
    `Explore ${quotes(total)} by ${plural(drivers, 'driver')}: filter by driver, team or the race they want to drive.`,
  heading: 'Quotes',
  lede: 'What drivers say about the races they dream of, verbatim and sourced.',
  ledeMore: 'Filter by driver, team or ambition, or search the words.',
  /** The no-JavaScript note, around its three links: drivers, races and teams. */
  noScript:
    'Search, filters, downloads and paging need JavaScript. Below are the first quotes; every quote is also on the pages of its ',
  drivers: 'drivers',
  races: 'races',
  teams: 'teams',
  pending: 'Loading the quotes for this address…',
  filterQuotes: 'Filter quotes',
  results: 'Results',
  notFiltered: (why: string) => `The quotes could not be filtered: ${why}`,
  loading: 'Loading the quotes…',
  count: (count: number, filtered: boolean, total: number) =>
    filtered ? `${quotes(count)} of ${formatCount(total)}` : quotes(count),
  showing: (from: number, to: number) => `showing ${formatCount(from)}–${formatCount(to)}`,
  searchQuotes: 'Search quotes',
  placeholder: 'Words, names, races…',
  press: 'Press',
  toSearch: 'to search.',
  caseIgnored: 'Case and accents are ignored.',
  filters: 'Filters',
  chosen: (count: number) => ` (${formatCount(count)} chosen)`,
  from: (year: number) => `from ${year}`,
  upTo: (year: number) => `up to ${year}`,
  titleNewest: 'newest first',
  titleOldest: 'oldest first',
  titleSpeaker: 'by speaker',
  titleQuotes: (parts: string) => `Quotes: ${parts}`,
  or: ' or ',
  andMore: (names: string, count: number, many: string) => `${names} and ${count} more ${many}`,
  driver: 'Driver',
  team: 'Team',
  ambition: 'Ambition',
  driverNoun: ['driver', 'drivers'] satisfies [string, string],
  teamNoun: ['team', 'teams'] satisfies [string, string],
  raceNoun: ['race', 'races'] satisfies [string, string],
  allDrivers: 'All drivers',
  allTeams: 'All teams',
  anyRace: 'Any race',
  noOptionMatches: (one: string, query: string) => `No ${one} matches “${query}”`,
  matches: (counted: string, count: number) => `${counted} ${count === 1 ? 'matches' : 'match'}`,
  quotes,
  noQuotesMatch: 'No quotes match',
  noQuotesYet: 'This dataset has no quotes yet.',
  didYouMean: 'Did you mean',
  namedPages: 'Pages the search names',
  pages: 'Pages:',
  driverKind: 'driver',
  raceKind: 'race',
  teamKind: 'team',
})
