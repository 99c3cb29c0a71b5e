import { useDatasetIndex } from '../../data/use-dataset'
import { PageMeta } from '../../components/page-meta'
import { QuoteCard } from '../../components/quote-card'
import { plural } from '../../lib/labels'

export function ExplorerPage() {
  const index = useDatasetIndex()
  return (
    <>
      <PageMeta description="What racing drivers say about the races they dream of." />
      <h1 tabIndex={-1}>Quotes</h1>
      <p>{plural(index.quotes.length, 'quote')}</p>
      <ol className="quote-list">
        {index.quotes.map((quote) => (
          <li key={quote.id}>
            <QuoteCard quote={quote} />
          </li>
        ))}
      </ol>
    </>
  )
}
