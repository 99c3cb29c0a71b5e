import { copyToClipboard } from '../actions/clipboard'
import type { useActionStatus } from '../actions/use-action-status'
import { quote as words } from '../../i18n/en/quote'

type Status = ReturnType<typeof useActionStatus>

/**
 * Shares a quote's permalink: the system's share sheet where the browser has one, else the link
 * on the clipboard; the page's live region says how it went. Loaded on the first reach for Share
 * (quote-actions.tsx), not with the page.
 */
export async function shareQuote(url: string, speaker: string, { report, say }: Status) {
  if (typeof navigator.share !== 'function') {
    return report(() => copyToClipboard(url), words.linkCopied)
  }
  try {
    await navigator.share({ title: words.quoteBy(speaker), url })
    say(words.shared)
  } catch (error) {
    // The reader closed the share sheet: nothing went wrong, nothing to say.
    if (error instanceof DOMException && error.name === 'AbortError') return say('')
    say(`${words.couldNotShare}: ${error instanceof Error ? error.message : String(error)}`, true)
  }
}
