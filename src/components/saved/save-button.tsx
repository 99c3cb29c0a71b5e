import { quote as words } from '../../i18n/en/quote'
import type { Quote } from '../../dataset/schema'
import { useDatasetIndex } from '../page/use-dataset'
import { useActionStatus } from '../actions/use-action-status'
import { useSavedIds } from './saved-store'
import type * as Saving from './saved-entries'

let saving: Promise<typeof Saving> | undefined
/**
 * The code that reads and writes the saved quotes: loaded on the first reach for Save. One
 * promise, so presses made while it loads are done in their order (and tried again if it failed).
 */
export const importSaving = () =>
  (saving ??= import('./saved-entries').catch((error: unknown) => {
    saving = undefined
    throw error
  }))

/**
 * Save, a toggle: pressed when the quote is saved in this browser. Not pressed in the
 * prerendered page and while React takes it over (saved-store.ts); the same width either way.
 */
export function SaveButton({ quote, speaker }: { quote: Quote; speaker: string }) {
  const index = useDatasetIndex()
  const { say } = useActionStatus()
  const saved = useSavedIds()?.has(quote.id) ?? false
  // From what is stored when its code is in: two presses before then save, then remove.
  const toggle = () => {
    void importSaving().then(
      ({ toggleSaved }) => toggleSaved(index, quote, say),
      () => say(words.saveFailed, true),
    )
  }
  return (
    <button type="button" className="action action--save" aria-pressed={saved} onClick={toggle}>
      {words.save} <span className="visually-hidden">{words.thisQuoteBy(speaker)}</span>
    </button>
  )
}
