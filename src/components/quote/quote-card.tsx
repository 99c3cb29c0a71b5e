import { memo } from 'react'
import { Link } from 'react-router-dom'
import type { Quote } from '../../dataset/schema'
import { useDatasetIndex } from '../page/use-dataset'
import { paths } from '../../urls/paths'
import { formatPublished } from '../../format/dates'
import { languageName } from '../../format/languages'
import { safeHttpsUrl } from '../../lib/safe-url'
import { sourceHref } from '../../lib/text-fragment'
import { translationOf } from '../../format/translation'
import { lang } from '../../i18n/language'
import { HighlightedText } from './highlighted-text'
import { island } from '../page/island'
import { QuoteAmbitions } from './quote-ambitions'
import { DriverLinks } from './driver-links'
import { TeamNames } from './team-names'
import type { Term } from '../../search/search-query'
import { quote as words } from '../../i18n/en/quote'

const NO_TERMS: readonly Term[] = []

// Cite, Share and the permalink: code `/` does not load until the reader reaches for it.
const QuoteActions = island(() => import('./quote-actions').then((module) => module.QuoteActions))

/**
 * How much room a quote gets: `card` in lists of quotes; `compact` as evidence inside another
 * record's section (no context or ambitions: the section names the ambition); `page` on the
 * quote's own page.
 */
export type QuoteVariant = 'card' | 'compact' | 'page'

/** The id of a quote shown on a page with `anchored`, for a link from further down. */
export const quoteAnchor = (quoteId: string) => `quote-${quoteId}`

type QuoteCardProps = {
  quote: Quote
  /** The search's terms, to mark where they match (search-query.ts). */
  terms?: readonly Term[]
  variant?: QuoteVariant
  /** Gives the figure its `quoteAnchor` id, once per page. */
  anchored?: boolean
  /** No longer in the dataset (a saved quote): no action that leads to its page (quote-actions). */
  gone?: boolean
}

/**
 * One quote, read the same way everywhere: the original as published, then the translation marked
 * as ours, then who said it, about whom, where and when, and the ambitions it voices.
 */
export const QuoteCard = memo(function QuoteCard({
  quote,
  terms = NO_TERMS,
  variant = 'card',
  anchored = false,
  gone,
}: QuoteCardProps) {
  const index = useDatasetIndex()
  const speaker = index.driverById.get(quote.speakerId)
  const source = index.sourceById.get(quote.sourceId)
  const translation = translationOf(quote)
  const about = quote.aboutDriverIds.filter((id) => id !== quote.speakerId)
  const published = source ? formatPublished(source.published) : ''
  const sourceUrl = safeHttpsUrl(source?.url)

  return (
    <figure
      className={variant === 'card' ? 'quote' : `quote quote--${variant}`}
      id={anchored ? quoteAnchor(quote.id) : undefined}
    >
      <blockquote className="quote__text" lang={quote.language} cite={sourceUrl}>
        <p>
          <HighlightedText text={quote.text} terms={terms} />
        </p>
      </blockquote>
      {translation && (
        <div className="quote__translation">
          <p className="quote__label">{words.translationFrom(languageName(quote.language))}</p>
          <p lang={lang}>
            <HighlightedText text={translation} terms={terms} />
          </p>
        </div>
      )}
      <figcaption className="quote__caption">
        <p className="quote__who">
          <span aria-hidden="true">— </span>
          {speaker && (
            <Link to={paths.driver(speaker.id)} className="quote__speaker">
              <HighlightedText text={speaker.name} terms={terms} name />
            </Link>
          )}
          {speaker && <TeamNames driver={speaker} terms={terms} />}
          {about.length > 0 && (
            <>
              {' '}
              {words.about} <DriverLinks ids={about} terms={terms} withTeams />
            </>
          )}
        </p>
        {variant !== 'compact' && quote.context && (
          <p className="quote__context">
            <HighlightedText text={quote.context} terms={terms} />
          </p>
        )}
        {source && (
          <p className="quote__source">
            <HighlightedText text={source.publisher} terms={terms} name />
            {source.title && (
              <>
                ,{' '}
                <cite>
                  <HighlightedText text={source.title} terms={terms} name />
                </cite>
              </>
            )}
            , <time dateTime={source.published}>{published}</time>
            {sourceUrl && (
              <>
                {' · '}
                <a href={sourceHref(sourceUrl, quote, source)} rel="noopener noreferrer external">
                  {words.readSource}
                </a>
              </>
            )}
          </p>
        )}
        {variant !== 'compact' && <QuoteAmbitions quote={quote} terms={terms} />}
        <QuoteActions quote={quote} ownPage={variant === 'page'} gone={gone} />
      </figcaption>
    </figure>
  )
})
