import type { Messages } from '../messages'
import { formatPublished } from '../../format/dates'
import { languageName } from '../../format/languages'
import { SITE_NAME } from '../language'

export const feed: Messages['feed'] = {
  language: 'nl',
  site: {
    title: `${SITE_NAME}: de nieuwste citaten`,
    subtitle: 'De nieuwste citaten op de site, elk met wie het zei en de bron.',
  },
  driver: (name) => ({
    title: `${name} · ${SITE_NAME}`,
    subtitle: `De nieuwste citaten van of over ${name}.`,
  }),
  race: (name) => ({
    title: `${name} · ${SITE_NAME}`,
    subtitle: `De nieuwste citaten van coureurs die ${name} willen rijden.`,
  }),
  team: (name) => ({
    title: `${name} · ${SITE_NAME}`,
    subtitle: `De nieuwste citaten van of over de coureurs van ${name}.`,
  }),
  follow: (name) => `Volg ${name} (Atom-feed)`,
  entryTitle: (speaker, opening) => `${speaker}: ‘${opening}’`,
  attribution: (speaker, publisher, title, date) =>
    `— ${speaker}, ${publisher}${title ? `, ‘${title}’` : ''}, ${date}`,
  translation: (fromLanguage) => `Onze vertaling uit het ${languageName(fromLanguage)}:`,
  date: formatPublished,
}
