import { area } from '../language'

/**
 * The words of saving and removing a quote (saved-entries.ts): they load with a reader's first
 * reach for Save, never with `/` at start; /saved's own words are the saved area's.
 */
export const saving = area('saving', {
  done: 'Saved',
  removed: 'Removed from the saved quotes',
  couldNotSave: (why: string) => `Could not save: ${why}`,
  couldNotRemove: (why: string) => `Could not remove: ${why}`,
  full: "this browser's storage for the site is full: remove some saved quotes, then try again.",
  storageRefused:
    'this browser does not let the site store anything here (private browsing, or storage turned off).',
})
