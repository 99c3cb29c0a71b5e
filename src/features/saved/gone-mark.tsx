import { useEffect, useState } from 'react'
import { siteFileUrl } from '../../page-data/fetch-page-data'
import { saved as words } from '../../i18n/en/saved'

// Loaded once the list is shown: not one more file for the page's route to list.
const importQuotePages = () => import('../../page-data/quote-pages')

/** Whether this build's dataset has each quote asked about, once known. */
const asked = new Map<string, Promise<boolean | null>>()
/** The ids each quote pages' file holds (quote-pages.ts), by file. */
const files = new Map<number, Promise<ReadonlySet<string>>>()

/**
 * Whether this build's dataset has the quote: its quote pages' file names it. A file the build
 * did not write (the page's map, `quoteFiles`) is not asked for: it would only answer 404. Null
 * when not known: the file cannot be had (offline, say), or there is no map (a page's data from
 * a build before it had one).
 */
function isInDataset(id: string, quoteFiles: string | undefined): Promise<boolean | null> {
  if (quoteFiles === undefined) return Promise.resolve(null)
  let answer = asked.get(id)
  if (!answer) {
    answer = importQuotePages()
      .then(({ hasQuoteFile, quoteFileOf, quotePageIds }) => {
        const file = quoteFileOf(id)
        if (!hasQuoteFile(quoteFiles, file)) return new Set<string>()
        let ids = files.get(file)
        if (!ids) files.set(file, (ids = quotePageIds(file, siteFileUrl)))
        return ids.catch((error: unknown) => {
          files.delete(file)
          throw error
        })
      })
      .then(
        (ids) => ids.has(id),
        () => {
          // Asked again when the list is shown again: the network may be back.
          asked.delete(id)
          return null
        },
      )
    asked.set(id, answer)
  }
  return answer
}

/**
 * Whether this build's dataset still has a saved quote: null while that is not known (its file
 * loads, or cannot be had), and then it counts as there.
 */
export function useInDataset(id: string, quoteFiles: string | undefined): boolean | null {
  const [answer, setAnswer] = useState<{ id: string; present: boolean | null }>()
  useEffect(() => {
    let current = true
    void isInDataset(id, quoteFiles).then((present) => {
      if (current) setAnswer({ id, present })
    })
    return () => {
      current = false
    }
  }, [id, quoteFiles])
  return answer?.id === id ? answer.present : null
}

/** "No longer in the dataset", for a saved quote this build's dataset does not have. */
export function GoneMark() {
  return <strong className="saved__gone">{words.gone}</strong>
}
