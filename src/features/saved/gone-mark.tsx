import { Suspense, use } from 'react'
import { siteFileUrl } from '../../page-data/fetch-page-data'

// Loaded once the list is shown: not one more file for the page's route to list.
const importQuotePages = () => import('../../page-data/quote-pages')

/** Whether this build's dataset has each quote asked about; null: not known (offline, say). */
const asked = new Map<string, Promise<boolean | null>>()
/** The ids each quote pages' file holds (quote-pages.ts), by file. */
const files = new Map<number, Promise<ReadonlySet<string>>>()

function isInDataset(id: string): Promise<boolean | null> {
  let answer = asked.get(id)
  if (!answer) {
    answer = importQuotePages()
      .then(({ quoteFileOf, quotePageIds }) => {
        const file = quoteFileOf(id)
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

function Mark({ id }: { id: string }) {
  if (use(isInDataset(id)) !== false) return null
  return <strong className="saved__gone">No longer in the dataset: shown as it was saved</strong>
}

/**
 * "No longer in the dataset", for a saved quote whose page's file does not name it: this build's
 * dataset does not have it. Nothing while that file loads, or when it cannot be had: a quote
 * not known to be gone counts as there.
 */
export function GoneMark({ id }: { id: string }) {
  return (
    <Suspense fallback={null}>
      <Mark id={id} />
    </Suspense>
  )
}
