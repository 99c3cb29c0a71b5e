import { area } from '../language'

/**
 * The words of a citation (src/citations/citation.ts): its formats' names and the words each
 * format puts around the quote. An area of its own, loaded with the citations (Cite, a quote's
 * page), so `/` does not load them.
 */
export const citations = area('citations', {
  plain: 'Plain text',
  apa: 'APA 7',
  mla: 'MLA 9',
  chicago: 'Chicago 17 (note)',
  /** The site's translation, always into the page's language (src/format/translation.ts). */
  translationBy: 'English translation by',
  quoteBy: (speaker: string) => `Quote by ${speaker}`,
  /** APA: where the quote was found, after the source's reference. */
  quotedOn: 'Quoted on',
  /** MLA, starting a sentence; Chicago, inside one. */
  quotedIn: 'Quoted in',
  quotedInLower: 'quoted in',
})
