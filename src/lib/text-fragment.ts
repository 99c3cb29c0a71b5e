/** A term of a text directive: `-`, `,` and `&` are its syntax, so they are encoded too. */
const term = (words: string[]) => encodeURIComponent(words.join(' ')).replace(/-/g, '%2D')

/**
 * Where "Read the source" goes: the source's address opening at the quoted passage, a URL text
 * fragment (`#:~:text=`, WICG Scroll to Text Fragment) of the quote's own words, its first and
 * last four when it has more than eight. The plain address when none can be made: a quote in
 * another language than its source (its words are not the article's; `nl` and `nl-BE` agree),
 * no words, or a fragment directive already there. Text in a script written without spaces is
 * one word, quoted whole.
 */
export function sourceHref(
  url: string,
  quote: { text: string; language: string },
  source: { language: string },
): string {
  const words = quote.text
    // Quotation marks and punctuation at either end are the dataset's, maybe not the article's.
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .split(/\s+/)
  return !words[0] ||
    url.includes(':~:') ||
    quote.language.split('-')[0] !== source.language.split('-')[0]
    ? url
    : `${url}${url.includes('#') ? '' : '#'}:~:text=${words[8] ? `${term(words.slice(0, 4))},${term(words.slice(-4))}` : term(words)}`
}
