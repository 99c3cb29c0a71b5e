import { useHref } from 'react-router-dom'
import { citationHtml, citationText, citeQuote, type Segment } from '../../citations/citation'
import type { CitedQuote } from '../../citations/quote-citation-parts'
import { lang } from '../../i18n/language'
import { sameLanguage } from '../../format/translation'
import { siteLinks } from '../page/page-meta'
import { copyToClipboard } from '../actions/clipboard'
import type { useActionStatus } from '../actions/use-action-status'
import { quote as words } from '../../i18n/en/quote'

export type CitationListProps = {
  parts: CitedQuote
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
  const foreign = foreignWords(parts)

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
            <Segments segments={segments} foreign={foreign} />
          </p>
          <button type="button" className="action" onClick={() => copy(index, name)}>
            {words.copy} <span className="visually-hidden">{words.theCitation(name)}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}

/** The source's own words in a citation that are not in the page's language, with theirs. */
type Foreign = readonly (readonly [words: string, lang: string])[]

function foreignWords({ text, title, languages }: CitedQuote): Foreign {
  const words: [string, string | undefined][] = [
    [text, languages.text],
    [title ?? '', languages.title],
  ]
  return words.flatMap(([run, tag]) =>
    run !== '' && tag !== undefined && !sameLanguage(tag, lang) ? [[run, tag] as const] : [],
  )
}

function Segments({ segments, foreign }: { segments: readonly Segment[]; foreign: Foreign }) {
  return segments.map((segment, index) =>
    typeof segment === 'string' ? (
      <InLanguages key={index} text={segment} foreign={foreign} />
    ) : (
      <i key={index}>
        <InLanguages text={segment.italic} foreign={foreign} />
      </i>
    ),
  )
}

/** `text`, each of `foreign`'s runs in it marked with its language (WCAG 3.1.2). */
function InLanguages({ text, foreign }: { text: string; foreign: Foreign }) {
  const found = foreign
    .map(([words, tag]) => ({ words, tag, at: text.indexOf(words) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)[0]
  if (!found) return text
  const { words, tag, at } = found
  return (
    <>
      {text.slice(0, at)}
      <span lang={tag}>{words}</span>
      <InLanguages text={text.slice(at + words.length)} foreign={foreign} />
    </>
  )
}
