/**
 * The service worker's offline page, shown for an address not saved on the device with no
 * network (scripts/lib/offline-page.ts). The build writes it in each language: no browser code
 * reads these words, so they are no area of the app's catalog; each language's object has this
 * one's type (src/i18n/nl/offline.ts).
 */
export const offline = {
  title: 'Offline',
  heading: 'You are offline',
  notSaved:
    'This page is not saved on this device, and the network cannot be reached, so it cannot be shown now.',
  readHere: 'The pages you have read are saved here.',
  home: 'Go to the home page',
  saved: 'your saved quotes',
  /** The sentence with the two links, as markup: "<a>Go to the home page</a> or <a>…</a>, …". */
  links: (home: string, saved: string) =>
    `${home} or ${saved}, or reload this page once you are connected.`,
  /** The web app manifest's (scripts/lib/app-manifest.ts): what an install dialog shows. */
  appDescription: 'What drivers say about the races they dream of, verbatim and sourced.',
  /** The prompt a newer build's worker brings (public/update-prompt.js): "… · Reload". */
  update: 'New quotes are available · ',
  reload: 'Reload',
}
