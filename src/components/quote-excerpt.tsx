import { Link } from 'react-router-dom'
import type { Quote } from '../data/schema'
import { useDatasetIndex } from '../data/use-dataset'
import { paths } from '../lib/paths'
import { TRANSLATION_LANGUAGE, translationOf } from '../lib/translation'

/** The id of a quote's excerpt on a page, for a link from further down. */
export const excerptAnchor = (quoteId: string) => `quote-${quoteId}`

/** A quote in brief, as evidence: the text as published, who said it, a link to the whole. */
export function QuoteExcerpt({ quote }: { quote: Quote }) {
  const { driverById } = useDatasetIndex()
  const speaker = driverById.get(quote.speakerId)
  const translation = translationOf(quote)
  return (
    <figure className="excerpt" id={excerptAnchor(quote.id)}>
      <blockquote lang={quote.language}>
        <p>{quote.text}</p>
      </blockquote>
      {translation && (
        <p className="excerpt__translation" lang={TRANSLATION_LANGUAGE}>
          <span className="quote__label">English translation:</span> {translation}
        </p>
      )}
      <figcaption>
        <span aria-hidden="true">— </span>
        {speaker ? <Link to={paths.driver(speaker.id)}>{speaker.name}</Link> : quote.speakerId}
        {' · '}
        <Link to={paths.quote(quote.id)}>
          Permalink <span className="visually-hidden">to this quote by {speaker?.name}</span>
        </Link>
      </figcaption>
    </figure>
  )
}
