import type { Messages } from '../messages'
import { formatCount, plural } from '../../format/labels'

const quotes = (count: number) => plural(count, 'citaat', 'citaten')
const drivers = (count: number) => plural(count, 'coureur', 'coureurs')

export const records: Messages['records'] = {
  quotes,
  drivers,
  driver: 'Coureur',
  race: 'Race',
  team: 'Team',
  quote: 'Citaat',
  driverNoun: ['coureur', 'coureurs'],
  raceNoun: ['race', 'races'],
  teamNoun: ['team', 'teams'],
  driversTitle: 'Coureurs',
  racesTitle: 'Races',
  teamsTitle: 'Teams',
  allRaces: 'Alle races',
  driversLede: 'Iedereen die de bronnen noemen, geciteerd of niet.',
  teamsLede: 'De teams die de bronnen noemen, met hun coureurs.',
  racesLede: 'De races waar coureurs van dromen, en wie welke race wil rijden.',
  findDriver: 'Zoek een coureur',
  findRace: 'Zoek een race',
  findTeam: 'Zoek een team',
  byName: 'Naam, A–Z',
  mostQuotes: 'Meeste citaten eerst',
  mostWishers: 'Meeste gegadigden eerst',
  mostDrivers: 'Meeste coureurs eerst',
  driversDescription: (count) =>
    `Alle ${drivers(count)} uit de citaten, met hun teams en de races die ze willen rijden.`,
  racesDescription: (count) =>
    `De ${plural(count, 'race', 'races')} waar coureurs van dromen, en wie welke race wil rijden.`,
  teamsDescription: (count) =>
    `Alle ${plural(count, 'team', 'teams')} uit de citaten, met hun coureurs.`,
  noTeam: 'Geen team bekend',
  notQuoted: 'Genoemd in de bronnen, niet geciteerd',
  byAbout: (said, about) => `${quotes(said)} van, ${formatCount(about)} over`,
  wantsToRace: (races) => `Wil ${races} rijden`,
  more: (count) => `nog ${formatCount(count)}`,
  exploreDriver: (count, name) => `Bekijk de ${quotes(count)} van of over ${name}`,
  noTeamFor: (name) => `De bronnen noemen geen team voor ${name}.`,
  quotesBy: (name) => `Citaten van ${name}`,
  quotesAbout: (name) => `Citaten over ${name}`,
  seeAllDriver: (name) => `Alle citaten van of over ${name} in de verkenner`,
  driverNotQuoted: (name) =>
    `${name} wordt in de bronnen genoemd maar niet geciteerd, en geen citaat gaat over ${name}.`,
  driverSummary: (name, said, about, races) =>
    `${quotes(said)} van en ${formatCount(about)} over ${name}${races ? `; wil ${races} rijden` : ''}.`,
  ambitions: 'Ambities',
  wants: 'Wil ',
  wantsEnd: ' rijden',
  raceNoWish: 'Niemand hier zegt deze race te willen rijden.',
  wantedBy: 'Op het verlanglijstje van',
  wantIt: (wishers, count) =>
    `${drivers(wishers)} ${wishers === 1 ? 'wil' : 'willen'} deze race rijden, in ${quotes(count)}`,
  raceUnwanted: (name) =>
    `${name} wordt in de bronnen genoemd, maar geen citaat hier zegt dat een coureur deze race wil rijden.`,
  exploreRace: (count) => `Bekijk de ${quotes(count)} over de wens deze race te rijden`,
  whoWants: 'Wie wil deze race rijden',
  alsoWanting: 'Willen deze race ook rijden',
  showingDrivers: (shown, total) =>
    `${formatCount(shown)} van ${formatCount(total)} coureurs getoond.`,
  seeEveryDriver: 'Alle coureurs die deze race willen rijden in de verkenner',
  raceNoOne: (name) => `${name}: nog geen coureur hier zegt deze race te willen rijden.`,
  raceDescription: (race, who) => `Wie wil ${race} rijden: ${who}, in hun eigen woorden.`,
  also: 'Ook',
  nickname: 'Bijnaam',
  venue: 'Circuit',
  teamEmpty: (name) =>
    `${name} wordt in de bronnen genoemd, maar geen coureur hier rijdt ervoor en geen citaat gaat erover.`,
  teamSummary: (driverCount, count) =>
    `${drivers(driverCount)} en ${quotes(count)} van of over hen.`,
  exploreTeam: (count) => `Bekijk de ${quotes(count)} van of over de coureurs`,
  showingByName: (shown, total) =>
    `${formatCount(shown)} van ${formatCount(total)} getoond, op naam.`,
  teamQuotes: (name) => `Citaten van of over coureurs van ${name}`,
  seeAllOfThem: 'Bekijk ze allemaal in de verkenner',
  quotedBy: (name, publisher, text) =>
    `${name}, geciteerd door ${publisher ?? 'de bron'}: ‘${text}’`,
  quoteBy: (name) => `Citaat van ${name}`,
  allAbout: (name) => `Alles over ${name}`,
  citeThis: 'Dit citaat citeren',
  showing: (shown, total) => `${formatCount(shown)} van ${formatCount(total)} getoond.`,
  shownAbove: (above, total) =>
    above < total
      ? `${formatCount(above)} ervan ${above === 1 ? 'staat' : 'staan'} hierboven, onder Ambities.`
      : `${total === 1 ? 'Dit staat' : total === 2 ? 'Beide staan' : 'Ze staan allemaal'} hierboven, onder Ambities.`,
  alsoVoiced: 'Ook genoemd in',
  above: ', hierboven.',
  allBehind: (count) => `Alle ${formatCount(count)} citaten achter deze ambitie`,
}
