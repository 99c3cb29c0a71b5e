import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { registration } from './app-manifest'

/**
 * A copy of the built site at `dir`, into `into`, with the worker's registration taken out of
 * every page: the same build without a service worker, to measure what the worker costs
 * (scripts/offline-cost.ts, scripts/lighthouse.ts --without-worker). Throws when a page has no
 * registration to take out: a measurement against an unchanged copy would compare a build with
 * itself.
 */
export function copyWithoutWorker(dir: string, into: string, base = '/') {
  const tag = registration(base)
  cpSync(dir, into, { recursive: true })
  let pages = 0
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) visit(file)
      else if (entry.name.endsWith('.html')) {
        const html = readFileSync(file, 'utf8')
        if (!html.includes(tag)) throw new Error(`${file}: no ${tag} to take out`)
        writeFileSync(file, html.replace(tag, ''))
        pages++
      }
    }
  }
  visit(into)
  return pages
}
