import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonForHtml } from '../../src/lib/html-json'

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '</SCRIPT >',
  '<!--',
  '-->',
  '<script',
  '<![CDATA[',
  ']]>',
  '\u2028',
  '\u2029',
  'a&b',
  '&lt;',
  '"',
  '\\',
  '\u0000',
  '\uD800',
]

/** Strings a data author could paste, rich in what could break out of a <script> element. */
const hostileString = fc.string({
  unit: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 3 })),
})

const jsonValue = fc.oneof(
  fc.jsonValue(),
  fc.jsonValue({ stringUnit: fc.constantFrom(...HOSTILE.join('').split(''), '</script>') }),
  fc.dictionary(hostileString, hostileString),
  fc.array(hostileString),
)

/** Everything an HTML parser looks at inside a script element's data. */
function expectInertInScript(html: string) {
  expect(html).not.toMatch(/<\/script/i)
  expect(html).not.toContain('<!--')
  expect(html).not.toMatch(/<script/i)
  expect(html).not.toMatch(/[<>\u2028\u2029]/)
}

describe('jsonForHtml', () => {
  it('keeps a closing tag in the data from ending the script element', () => {
    const html = jsonForHtml({ name: '</script><script>alert(1)</script>' })
    expect(html).toBe(
      '{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}',
    )
    expect(JSON.parse(html)).toEqual({ name: '</script><script>alert(1)</script>' })
  })

  it('escapes comment openers, ampersands and the JavaScript line separators', () => {
    const html = jsonForHtml(['<!-- a & b -->', 'line\u2028para\u2029'])
    expect(html).toBe('["\\u003c!-- a \\u0026 b --\\u003e","line\\u2028para\\u2029"]')
    expectInertInScript(html)
  })

  it('escapes what is in keys as well as in values', () => {
    const html = jsonForHtml({ '</script>': 1 })
    expectInertInScript(html)
    expect(JSON.parse(html)).toEqual({ '</script>': 1 })
  })

  it('leaves other text as JSON.stringify writes it', () => {
    const value = { name: 'Jean-Éric Vergne', emoji: '🏁', quote: '“Le Mans”', n: [1, null, true] }
    expect(jsonForHtml(value)).toBe(JSON.stringify(value))
  })

  it('refuses what is not JSON instead of writing "undefined" into the page', () => {
    expect(() => jsonForHtml(undefined)).toThrow(TypeError)
    expect(() => jsonForHtml(() => 1)).toThrow(TypeError)
  })

  it('parses back to the same value, and is inert in a script element, for any JSON', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const html = jsonForHtml(value)
        expectInertInScript(html)
        expect(JSON.parse(html)).toEqual(JSON.parse(JSON.stringify(value)))
      }),
      { numRuns: 500 },
    )
  })
})
