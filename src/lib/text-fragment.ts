// Words a fragment quotes at each end of a long passage; a passage of at most twice this many is
// quoted whole.
const END_WORDS = 4

/** A term of a text directive: `-`, `,` and `&` are its syntax, so they are encoded too. */
const term = (words: string[]) => encodeURIComponent(words.join('').trim()).replace(/-/g, '%2D')

/**
 * The source's address opening at the quoted passage: a URL text fragment (`#:~:text=`, WICG
 * Scroll to Text Fragment) of the quote's own words, its first and last few when it is long. The
 * plain address when none can be made: no words, or a fragment directive already there. Words
 * end at a space, or at the clause marks of scripts that write no spaces (，。！？、；：), and keep
 * what ends them, so that the terms are the text's own.
 */
export function withTextFragment(url: string, text: string): string {
  const words = text
    // Quotation marks and punctuation at either end are the dataset's, maybe not the article's.
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .replace(/\s+/g, ' ')
    .split(/(?<=[ ，。！？、；：])(?=[^ ，。！？、；：])/)
    .filter(Boolean)
  if (!words.length || url.includes(':~:')) return url
  const directive =
    words.length > END_WORDS * 2
      ? `${term(words.slice(0, END_WORDS))},${term(words.slice(-END_WORDS))}`
      : term(words)
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${directive}`
}

/**
 * Where "Read the source" goes: the passage itself when the quote is in the source's language
 * (else its words are not the article's), the plain address otherwise.
 */
export function sourceHref(url: string, text: string, language: string, sourceLanguage: string) {
  const primary = (tag: string) => tag.split('-')[0]?.toLowerCase()
  return primary(language) === primary(sourceLanguage) ? withTextFragment(url, text) : url
}
