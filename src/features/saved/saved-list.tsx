import { useLayoutEffect, useRef } from 'react'
import { DatasetContext, useDatasetIndex } from '../../components/page/use-dataset'
import { useActionStatus } from '../../components/actions/use-action-status'
import { QuoteCard } from '../../components/quote/quote-card'
import { setSaved, type SavedList as Stored } from '../../components/saved/saved-entries'
import { formatPublished } from '../../format/dates'
import { saved as words } from '../../i18n/en/saved'
import { quote as quoteWords } from '../../i18n/en/quote'
import { SavedDownloads } from './saved-downloads'
import { GoneMark, useInDataset } from './gone-mark'
import type { SavedQuote, SavedView } from './saved-index'

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
          {words[list.problem]}
        </p>
      )}
      {skipped > 0 && (
        <p className="notice notice--error" role="alert">
          {words.unreadable(skipped)}
        </p>
      )}
      {quotes.length === 0 ? (
        <p className="notice" ref={summary} tabIndex={-1}>
          {words.empty}
        </p>
      ) : (
        <>
          <p className="saved__summary" ref={summary} tabIndex={-1}>
            {words.summary(quotes.length)}
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
        {words.savedOn(formatPublished(savedAt.slice(0, 10)))}
        {present === false && <GoneMark />}
      </p>
      <QuoteCard quote={quote} gone={present === false} />
      <button type="button" className="button button--small button--quiet" onClick={onRemove}>
        {words.remove} <span className="visually-hidden">{quoteWords.thisQuoteBy(speaker)}</span>
      </button>
    </li>
  )
}
