import type { Quote } from '../../dataset/schema'
import type { DatasetIndex } from '../../model/dataset-index'
import { CitationList } from '../../components/quote/citation-list'
import { CITE_SECTION_ID } from '../../components/quote/cite-section'
import { citationPartsOf } from '../../citations/quote-citation-parts'
import { useActionStatus } from '../../components/actions/use-action-status'
import { paths } from '../../urls/paths'
import { records as words } from '../../i18n/en/records'

/**
 * The quote page's citations, open and prerendered. What they show is the same in the HTML and
 * once the app runs (the canonical address, else the path); what Copy puts on the clipboard names
 * the address the reader is at.
 */
export function CiteThisQuote({ index, quote }: { index: DatasetIndex; quote: Quote }) {
  const { report } = useActionStatus()
  const headingId = `${CITE_SECTION_ID}-heading`
  return (
    <section id={CITE_SECTION_ID} className="cite-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.citeThis}</h2>
      <CitationList
        parts={citationPartsOf(index, quote)}
        path={paths.quote(quote.id)}
        report={report}
        prerendered
      />
    </section>
  )
}
