import { Suspense, use } from 'react'
import { quoteFileOf, quotePageIds } from '../../page-data/quote-pages'
import { siteFileUrl } from '../../page-data/fetch-page-data'

/** The ids each quote pages' file holds (quote-pages.ts); null: not known (offline, say). */
const held = new Map<number, Promise<ReadonlySet<string> | null>>()

function idsOfFile(file: number): Promise<ReadonlySet<string> | null> {
  let ids = held.get(file)
  if (!ids) {
    ids = quotePageIds(file, siteFileUrl).catch(() => {
      // Asked again when the list is shown again: the network may be back.
      held.delete(file)
      return null
    })
    held.set(file, ids)
  }
  return ids
}

function Mark({ id }: { id: string }) {
  const ids = use(idsOfFile(quoteFileOf(id)))
  if (!ids || ids.has(id)) return null
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
