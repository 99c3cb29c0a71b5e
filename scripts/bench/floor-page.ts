import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Dataset } from '../../src/dataset/schema'

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c)

/**
 * The floor for the first quote: a static HTML page with one quote (the dataset's first) in
 * `main`, no stylesheet, no script, written as `dir`/index.html to be served like the app.
 */
export function writeFloorPage(dir: string, dataset: Dataset) {
  const quote = dataset.quotes[0]
  if (!quote) throw new Error('the dataset has no quote for the floor page')
  const speaker = dataset.drivers.find((driver) => driver.id === quote.speakerId)?.name
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>One quote</title>
  </head>
  <body>
    <main>
      <figure>
        <blockquote lang="${escape(quote.language)}"><p>${escape(quote.text)}</p></blockquote>
        <figcaption>${escape(speaker ?? quote.speakerId)}</figcaption>
      </figure>
    </main>
  </body>
</html>
`
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'index.html'), html)
}
