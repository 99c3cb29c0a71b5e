import { pages } from '../../i18n/en/pages'

/**
 * Puts text on the clipboard, with an HTML version beside it where the browser takes one (a word
 * processor then keeps the italics). Rejects with a reason a reader can act on.
 */
export async function copyToClipboard(text: string, html?: string): Promise<void> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard
  if (!clipboard) throw new Error(pages.noClipboard)
  try {
    if (html !== undefined && typeof ClipboardItem === 'function' && clipboard.write) {
      const item = new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      })
      await clipboard.write([item])
    } else {
      await clipboard.writeText(text)
    }
  } catch (error) {
    throw new Error(reasonOf(error), { cause: error })
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof DOMException && error.name === 'NotAllowedError') {
    return pages.clipboardBlocked
  }
  return error instanceof Error && error.message ? error.message : pages.clipboardSilent
}
