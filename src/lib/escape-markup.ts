const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // Numeric: HTML 4 readers (word processors pasting text/html) know no &apos;, XML reads both.
  "'": '&#39;',
}

/** Text as HTML or XML text or attribute value: the five characters markup gives meaning to. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character)
}
