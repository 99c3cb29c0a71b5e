import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export type JsFile = {
  /** Path relative to the dist folder, with forward slashes: "assets/index-abc123.js". */
  file: string
  bytes: number
  /** Size after gzip at level 9. */
  gzipBytes: number
}

export type InitialJs = { files: JsFile[]; bytes: number; gzipBytes: number }

const SCRIPT = /<script\b[^>]*\btype=["']?module["']?[^>]*>/gi
const MODULE_PRELOAD = /<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi

/** Bytes after gzip at level 9, the measure every size here is given in. */
export function gzipSize(contents: Buffer): number {
  return gzipSync(contents, { level: 9 }).length
}

/**
 * The JavaScript a built index.html loads before anything else: its module entry scripts and
 * the chunks it modulepreloads, each with its gzip size (level 9). Chunks that the code
 * imports dynamically later are not counted.
 */
export function initialJs(distDir: string): InitialJs {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8')
  const urls = [
    ...[...html.matchAll(SCRIPT)].map((match) => attribute(match[0], 'src')),
    ...[...html.matchAll(MODULE_PRELOAD)].map((match) => attribute(match[0], 'href')),
  ].filter((url): url is string => url !== undefined)

  const seen = new Set<string>()
  const files: JsFile[] = []
  for (const url of urls) {
    const file = fileForUrl(url, distDir)
    if (file === undefined || seen.has(file)) continue
    seen.add(file)
    const contents = readFileSync(path.join(distDir, file))
    files.push({
      file,
      bytes: contents.length,
      gzipBytes: gzipSize(contents),
    })
  }
  return {
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
  }
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined
}

/**
 * "/base/assets/a.js", "./assets/a.js" or "assets/a.js" -> "assets/a.js"; other origins: none.
 * Leading folders that are not in the dist folder are taken for the base the app was built with.
 */
function fileForUrl(url: string, distDir: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined
  const pathname = decodeURIComponent(url.split(/[?#]/)[0] ?? '')
  const segments = path.posix.normalize(pathname).split('/').filter(Boolean)
  for (let i = 0; i < segments.length; i++) {
    const file = segments.slice(i).join('/')
    if (existsSync(path.join(distDir, file))) return file
  }
  return segments.join('/')
}
