import { area } from '../language'
import { formatCount, plural } from '../../format/labels'

const quotes = (count: number) => plural(count, 'quote', 'quotes')
const drivers = (count: number) => plural(count, 'driver', 'drivers')

/** The words of the lists and of a driver's, race's, team's and quote's own page. */
export const records = area('records', {
  quotes,
  drivers,
  driver: 'Driver',
  race: 'Race',
  team: 'Team',
  quote: 'Quote',
  driverNoun: ['driver', 'drivers'] satisfies [string, string],
  raceNoun: ['race', 'races'] satisfies [string, string],
  teamNoun: ['team', 'teams'] satisfies [string, string],
  driversTitle: 'Drivers',
  racesTitle: 'Races',
  teamsTitle: 'Teams',
  allRaces: 'All races',
  driversLede: 'Everyone the sources name, quoted or not.',
  teamsLede: 'The teams the sources name, with their drivers.',
  racesLede: 'The races drivers dream of, and who wants to race each one.',
  findDriver: 'Find a driver',
  findRace: 'Find a race',
  findTeam: 'Find a team',
  byName: 'Name, A–Z',
  mostQuotes: 'Most quotes first',
  mostWishers: 'Most drivers wanting it first',
  mostDrivers: 'Most drivers first',
  driversDescription: (count: number) =>
    `All ${drivers(count)} in the quotes, with their teams and the races they want to drive.`,
  racesDescription: (count: number) =>
    `The ${plural(count, 'race', 'races')} drivers dream of, and who wants to race each one.`,
  teamsDescription: (count: number) =>
    `All ${plural(count, 'team', 'teams')} in the quotes, with their drivers.`,
  noTeam: 'No team given',
  notQuoted: 'Named in the sources, not quoted',
  byAbout: (said: number, about: number) => `${quotes(said)} by, ${formatCount(about)} about`,
  wantsToRace: (races: string) => `Wants to race ${races}`,
  more: (count: number) => `${formatCount(count)} more`,
  exploreDriver: (count: number, name: string) =>
    `Explore the ${quotes(count)} by or about ${name}`,
  noTeamFor: (name: string) => `The sources name no team for ${name}.`,
  quotesBy: (name: string) => `Quotes by ${name}`,
  quotesAbout: (name: string) => `Quotes about ${name}`,
  seeAllDriver: (name: string) => `See all quotes by or about ${name} in the explorer`,
  driverNotQuoted: (name: string) =>
    `${name} is named in the sources but not quoted in them, and no quote is about ${name}.`,
  driverSummary: (name: string, said: number, about: number, races: string | undefined) =>
    `${quotes(said)} by ${name}, ${formatCount(about)} about${races ? `; wants to race ${races}` : ''}.`,
  ambitions: 'Ambitions',
  /** "Wants to race <race>": the words before the race's name, and after it. */
  wants: 'Wants to race ',
  wantsEnd: '',
  raceNoWish: 'No one here says they want to race it.',
  wantedBy: 'Wanted by',
  wantIt: (wishers: number, count: number) =>
    `${drivers(wishers)} ${wishers === 1 ? 'wants' : 'want'} to race it, in ${quotes(count)}`,
  raceUnwanted: (name: string) =>
    `${name} is named in the sources, but no quote here says a driver wants to race it.`,
  exploreRace: (count: number) => `Explore the ${quotes(count)} voicing an ambition to race it`,
  whoWants: 'Who wants to race it',
  alsoWanting: 'Also wanting to race it',
  showingDrivers: (shown: number, total: number) =>
    `Showing ${formatCount(shown)} of ${formatCount(total)} drivers.`,
  seeEveryDriver: 'See every driver who wants to race it in the explorer',
  raceNoOne: (name: string) => `${name}: no driver here says they want to race it yet.`,
  raceDescription: (race: string, who: string) =>
    `Who wants to race ${race}: ${who}, in their own words.`,
  also: 'Also',
  nickname: 'Nickname',
  venue: 'Venue',
  teamEmpty: (name: string) =>
    `${name} is named in the sources, but no driver here drives for it and no quote concerns it.`,
  teamSummary: (driverCount: number, count: number) =>
    `${drivers(driverCount)} and ${quotes(count)} by or about them.`,
  exploreTeam: (count: number) => `Explore the ${quotes(count)} by or about its drivers`,
  showingByName: (shown: number, total: number) =>
    `Showing ${formatCount(shown)} of ${formatCount(total)}, by name.`,
  teamQuotes: (name: string) => `Quotes by or about ${name} drivers`,
  seeAllOfThem: 'See all of them in the explorer',
  quotedBy: (name: string, publisher: string | undefined, text: string) =>
    `${name}, quoted by ${publisher ?? 'the source'}: “${text}”`,
  quoteBy: (name: string) => `Quote by ${name}`,
  allAbout: (name: string) => `All about ${name}`,
  citeThis: 'Cite this quote',
  showing: (shown: number, total: number) =>
    `Showing ${formatCount(shown)} of ${formatCount(total)}.`,
  shownAbove: (above: number, total: number) =>
    above < total
      ? `${formatCount(above)} of them ${above === 1 ? 'is' : 'are'} shown above, under Ambitions.`
      : `${total === 1 ? 'It is' : total === 2 ? 'Both are' : 'All are'} shown above, under Ambitions.`,
  alsoVoiced: 'Also voiced in',
  above: ', above.',
  allBehind: (count: number) => `All ${formatCount(count)} quotes behind this ambition`,
})
