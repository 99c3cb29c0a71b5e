import type { Messages } from '../messages'

export const saving: Messages['saving'] = {
  done: 'Bewaard',
  removed: 'Verwijderd uit de bewaarde citaten',
  couldNotSave: (why) => `Bewaren lukte niet: ${why}`,
  couldNotRemove: (why) => `Verwijderen lukte niet: ${why}`,
  full: 'de opslag van deze browser voor de site is vol: verwijder een paar bewaarde citaten en probeer het opnieuw.',
  storageRefused:
    'deze browser laat de site hier niets opslaan (privévenster, of opslag uitgeschakeld).',
}
