// Only these can end or change a <script> element's data (`</script>`, `<!--`, `<script`), or a
// line in older JavaScript parsers (U+2028, U+2029). Outside strings JSON never has them, and
// inside strings `\uXXXX` means the same character, so JSON.parse gives back the same value.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g

function escapeCharacter(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/**
 * JSON to put inside `<script type="application/json">` or `<script type="application/ld+json">`
 * as is: no text in the data can close the element or open a comment in it.
 */
export function jsonForHtml(value: unknown): string {
  const json: string | undefined = JSON.stringify(value)
  if (json === undefined) throw new TypeError(`${typeof value} is not a JSON value`)
  return json.replace(UNSAFE_IN_SCRIPT, escapeCharacter)
}
