type CitationParts = {
  text: string
  speaker: string
  publisher: string
  published: string
  permalink: string
}

/** A plain-text citation: “text” — speaker, publisher, date. permalink */
export function formatCitation({ text, speaker, publisher, published, permalink }: CitationParts) {
  return `“${text}” — ${speaker}, ${publisher}, ${published}. ${permalink}`
}
