import { quote as words } from '../../i18n/en/quote'
import type { Quote } from '../../dataset/schema'
import { useDatasetIndex } from '../page/use-dataset'
import { useActionStatus } from '../actions/use-action-status'
import { useSavedIds } from './saved-store'

/** The code that reads and writes the saved quotes: loaded on the first reach for Save. */
export const importSaving = () => import('./saved-entries')

/**
 * Save, a toggle: pressed when the quote is saved in this browser. Not pressed in the
 * prerendered page and while React takes it over (saved-store.ts); the same width either way.
 */
export function SaveButton({ quote, speaker }: { quote: Quote; speaker: string }) {
  const index = useDatasetIndex()
  const { say } = useActionStatus()
  const saved = useSavedIds()?.has(quote.id) ?? false
  const toggle = () => {
    void importSaving().then(
      ({ setSaved }) => setSaved(index, quote, !saved, say),
      () => say(words.saveFailed, true),
    )
  }
  return (
    <button type="button" className="action action--save" aria-pressed={saved} onClick={toggle}>
      {words.save} <span className="visually-hidden">{words.thisQuoteBy(speaker)}</span>
    </button>
  )
}
