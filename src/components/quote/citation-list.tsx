import { useHref } from 'react-router-dom'
import {
  citationHtml,
  citationText,
  citeQuote,
  type CitationParts,
  type Segment,
} from '../../citations/citation'
import { siteLinks } from '../page/page-meta'
import { copyToClipboard } from '../actions/clipboard'
import type { useActionStatus } from '../actions/use-action-status'
import { quote as words } from '../../i18n/en/quote'

export type CitationListProps = {
  parts: Omit<CitationParts, 'permalink'>
  /** The quote's in-app path (`paths.quote(id)`). */
  path: string
  /** Where each copy says how it went. */
  report: ReturnType<typeof useActionStatus>['report']
  /**
   * In the prerendered HTML, where there is no window: the citations shown name the canonical
   * address (SITE_URL), else the path, the same on the server and in the browser. Otherwise they
   * name the address in the browser's address bar, as copying always does.
   */
  prerendered?: boolean
}

/** The quote cited in plain text, APA, MLA and Chicago, each with a Copy button. */
export function CitationList({ parts, path, report, prerendered = false }: CitationListProps) {
  const href = useHref(path)
  const fullUrl = () => new URL(href, window.location.href).href
  const shownUrl = prerendered ? (siteLinks(path).url ?? href) : fullUrl()
  const citations = citeQuote({ ...parts, permalink: shownUrl })

  const copy = (index: number, name: string) => {
    const copied = citeQuote({ ...parts, permalink: fullUrl() })[index]
    if (!copied) return
    void report(
      () => copyToClipboard(citationText(copied.segments), citationHtml(copied.segments)),
      words.copiedCitation(name),
    )
  }

  return (
    <ul className="citations">
      {citations.map(({ style, name, segments }, index) => (
        <li key={style} className="citation">
          <p className="citation__style">{name}</p>
          <p className="citation__text">
            <Segments segments={segments} />
          </p>
          <button type="button" className="action" onClick={() => copy(index, name)}>
            {words.copy} <span className="visually-hidden">{words.theCitation(name)}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}

function Segments({ segments }: { segments: readonly Segment[] }) {
  return segments.map((segment, index) =>
    typeof segment === 'string' ? segment : <i key={index}>{segment.italic}</i>,
  )
}
