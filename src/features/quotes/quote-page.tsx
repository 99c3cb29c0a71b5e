import { Link } from 'react-router-dom'
import { PageMeta, siteLinks } from '../../components/page/page-meta'
import { quoteJsonLd } from '../../seo/record-json-ld'
import { usePageRecord } from '../../components/page/use-page-record'
import { DetailHeader } from '../../components/page/detail-header'
import { QuoteCard } from '../../components/quote/quote-card'
import { paths } from '../../urls/paths'
import { truncate } from '../../format/truncate'
import { translationOf } from '../../format/translation'
import { CiteThisQuote } from './cite-this-quote'
import { records as words } from '../../i18n/en/records'
import { pages as core } from '../../i18n/en/pages'

export function QuotePage() {
  const page = usePageRecord('quoteId', 'quote', (index) => index.quoteById)
  if (!page.found) return page.notFound
  const { record: quote, index } = page

  const speaker = index.driverById.get(quote.speakerId)
  const name = speaker?.name ?? quote.speakerId
  const source = index.sourceById.get(quote.sourceId)
  const excerpt = truncate(quote.text, 60)

  return (
    <article className="detail">
      <PageMeta
        title={`${name}: “${excerpt}”`}
        description={words.quotedBy(
          name,
          source?.publisher,
          truncate(translationOf(quote) ?? quote.text, 140),
        )}
        path={paths.quote(quote.id)}
        type="article"
        jsonLd={quoteJsonLd(index, quote, siteLinks(paths.quote(quote.id)))}
      />
      <DetailHeader kicker={words.quote} title={words.quoteBy(name)} path={paths.quote(quote.id)} />
      <QuoteCard quote={quote} variant="page" />
      <CiteThisQuote index={index} quote={quote} />
      <p className="link-list">
        {speaker && <Link to={paths.driver(speaker.id)}>{words.allAbout(speaker.name)}</Link>}
        <Link to={paths.explorer()}>{core.allQuotes}</Link>
      </p>
    </article>
  )
}
