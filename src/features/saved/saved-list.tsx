import { useLayoutEffect, useRef } from 'react'
import { DatasetContext, useDatasetIndex } from '../../components/page/use-dataset'
import { useActionStatus } from '../../components/actions/use-action-status'
import { QuoteCard } from '../../components/quote/quote-card'
import { setSaved, type SavedList as Stored } from '../../components/saved/saved-entries'
import { formatPublished } from '../../format/dates'
import { plural } from '../../format/labels'
import { SavedDownloads } from './saved-downloads'
import { GoneMark, useInDataset } from './gone-mark'
import type { SavedQuote, SavedView } from './saved-index'

const PROBLEMS = {
  refused:
    'This browser does not let the site read its storage (private browsing, or storage turned off), so quotes cannot be saved here.',
  damaged:
    'The saved quotes stored in this browser could not be read: what is stored is damaged. Saving a quote starts a new list.',
}

type SavedListProps = {
  list: Stored
  view: SavedView
  /** Which quote files this build wrote (/saved's data): which saved quotes it may still have. */
  quoteFiles: string | undefined
}

/** The saved quotes, newest first, each as the usual card with when it was saved and Remove. */
export function SavedList({ list, view, quoteFiles }: SavedListProps) {
  const { say } = useActionStatus()
  const summary = useRef<HTMLParagraphElement>(null)
  // After a Remove, the list's summary, or the empty list's note once the last is gone: the
  // button that had the focus is gone with its quote. Once the list is drawn again.
  const refocus = useRef(false)
  useLayoutEffect(() => {
    if (!refocus.current) return
    refocus.current = false
    summary.current?.focus()
  })
  const { quotes, index } = view
  const skipped = list.skipped + view.unreadable
  return (
    <>
      {list.problem && (
        <p className="notice notice--error" role="alert">
          {PROBLEMS[list.problem]}
        </p>
      )}
      {skipped > 0 && (
        <p className="notice notice--error" role="alert">
          {`${plural(skipped, 'saved quote')} could not be read (stored in a form this site does not know) and ${skipped === 1 ? 'is' : 'are'} left out.`}
        </p>
      )}
      {quotes.length === 0 ? (
        <p className="notice" ref={summary} tabIndex={-1}>
          No saved quotes yet. Press Save under any quote to keep it here, in this browser: the list
          is there on your next visit, offline too.
        </p>
      ) : (
        <>
          <p className="saved__summary" ref={summary} tabIndex={-1}>
            {`${plural(quotes.length, 'saved quote')}, newest first.`}
          </p>
          <SavedDownloads index={index} quotes={quotes} />
          <DatasetContext value={index}>
            <ol className="saved__list">
              {quotes.map((saved) => (
                <SavedItem
                  key={saved.quote.id}
                  saved={saved}
                  quoteFiles={quoteFiles}
                  onRemove={() => {
                    setSaved(index, saved.quote, false, say)
                    refocus.current = true
                  }}
                />
              ))}
            </ol>
          </DatasetContext>
        </>
      )}
    </>
  )
}

type SavedItemProps = { saved: SavedQuote; quoteFiles: string | undefined; onRemove: () => void }

/** One saved quote: when it was saved, whether the dataset still has it, its card, Remove. */
function SavedItem({ saved: { quote, savedAt }, quoteFiles, onRemove }: SavedItemProps) {
  const index = useDatasetIndex()
  const present = useInDataset(quote.id, quoteFiles)
  const speaker = index.driverById.get(quote.speakerId)?.name ?? quote.speakerId
  return (
    <li className="saved__item">
      <p className="saved__meta">
        Saved {formatPublished(savedAt.slice(0, 10))}
        {present === false && <GoneMark />}
      </p>
      <QuoteCard quote={quote} gone={present === false} />
      <button type="button" className="button button--small button--quiet" onClick={onRemove}>
        Remove <span className="visually-hidden">this quote by {speaker}</span>
      </button>
    </li>
  )
}
