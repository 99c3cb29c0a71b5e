import type { offline as english } from '../en/offline'

/** The offline page in Dutch (src/i18n/en/offline.ts): for the build only. */
export const offline: typeof english = {
  title: 'Geen verbinding',
  heading: 'Je bent offline',
  notSaved:
    'Deze pagina is niet op dit apparaat bewaard en het netwerk is niet bereikbaar, dus ze kan nu niet worden getoond.',
  readHere: 'De pagina’s die je hebt gelezen, staan hier bewaard.',
  home: 'Ga naar de startpagina',
  saved: 'je bewaarde citaten',
  links: (home, saved) =>
    `${home} of naar ${saved}, of laad deze pagina opnieuw zodra je verbinding hebt.`,
  appDescription: 'Wat coureurs zeggen over de races waar ze van dromen, letterlijk en met bron.',
  update: 'Er zijn nieuwe citaten · ',
  reload: 'Opnieuw laden',
}
