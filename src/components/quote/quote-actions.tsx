import { lazy, Suspense, useId, useState, type ComponentType } from 'react'
import { Link, useHref } from 'react-router-dom'
import type { Quote } from '../../dataset/schema'
import { useDatasetIndex } from '../page/use-dataset'
import { paths } from '../../urls/paths'
import { citationPartsOf } from '../../citations/quote-citation-parts'
import { useActionStatus } from '../actions/use-action-status'
import type { CitationListProps } from './citation-list'
import { CITE_SECTION_ID } from './cite-section'
import { importSaving, SaveButton } from '../saved/save-button'
import { quote as words } from '../../i18n/en/quote'

type QuoteActionsProps = {
  quote: Quote
  /** On the quote's own page: no permalink to itself, and Cite leads to the citations below. */
  ownPage?: boolean | undefined
  /**
   * A saved quote this dataset no longer has (/saved): its page answers 404, so nothing that
   * leads there (the permalink, Share, Cite, whose citations name it); Save alone.
   */
  gone?: boolean | undefined
}

// The four formats are code `/` does not need until a reader opens Cite; sharing, until Share.
const importCitations = () => import('./citation-list')
const importShare = () => import('./share-quote')
const prefetch = () => {
  importCitations().catch(() => {})
  importShare().catch(() => {})
  importSaving().catch(() => {})
}
let citationsFailed = false
const lazyCitations = () =>
  lazy<ComponentType<CitationListProps>>(() =>
    importCitations().then(
      ({ CitationList }) => ({ default: CitationList }),
      () => {
        citationsFailed = true
        return { default: CitationsUnavailable }
      },
    ),
  )
let LazyCitationList = lazyCitations()

function CitationsUnavailable() {
  return <p className="quote-actions__failed">{words.citationsFailed}</p>
}

/** A quote's quiet actions: Cite (the formats, on demand), Share, Save, and its permalink. */
export function QuoteActions({ quote, ownPage = false, gone = false }: QuoteActionsProps) {
  const index = useDatasetIndex()
  const speaker = index.driverById.get(quote.speakerId)?.name ?? quote.speakerId
  const path = paths.quote(quote.id)
  const href = useHref(path)
  const panelId = useId()
  const [open, setOpen] = useState(false)

  const toggle = () => {
    if (!open && citationsFailed) {
      citationsFailed = false
      LazyCitationList = lazyCitations()
    }
    setOpen(!open)
  }

  const status = useActionStatus()
  const { report } = status
  const share = () => {
    const url = new URL(href, window.location.href).href
    void importShare().then(
      ({ shareQuote }) => shareQuote(url, speaker, status),
      () => status.say(words.shareFailed, true),
    )
  }

  const hidden = (
    <>
      {' '}
      <span className="visually-hidden">{words.thisQuoteBy(speaker)}</span>
    </>
  )
  if (gone) {
    return (
      <div className="quote-actions" data-island="">
        <p className="quote-actions__bar">
          <SaveButton quote={quote} speaker={speaker} />
        </p>
      </div>
    )
  }
  return (
    <div className="quote-actions" data-island="">
      {/* Cite's formats and Share's code, fetched on intent: the click then rarely waits, and
          the share sheet opens while the click still counts as one. */}
      <p className="quote-actions__bar" onPointerOver={prefetch} onFocus={prefetch}>
        {ownPage ? (
          <a href={`#${CITE_SECTION_ID}`} className="action">
            {words.cite}
            {hidden}
          </a>
        ) : (
          <button
            type="button"
            className="action"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={toggle}
          >
            {words.cite}
            {hidden}
          </button>
        )}
        <button type="button" className="action" onClick={share}>
          {words.share}
          {hidden}
        </button>
        <SaveButton quote={quote} speaker={speaker} />
        {!ownPage && (
          <Link to={path} className="action">
            {words.permalink}{' '}
            <span className="visually-hidden">{words.toThisQuoteBy(speaker)}</span>
          </Link>
        )}
      </p>
      {!ownPage && (
        <div id={panelId} className="quote-actions__panel" hidden={!open}>
          {open && (
            <Suspense fallback={<p className="quote-actions__loading">{words.loadingCitations}</p>}>
              <LazyCitationList parts={citationPartsOf(index, quote)} path={path} report={report} />
            </Suspense>
          )}
        </div>
      )}
    </div>
  )
}
