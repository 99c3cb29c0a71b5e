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

export type JsFiles = { files: JsFile[]; bytes: number; gzipBytes: number }

/** Bytes after gzip at level 9, the measure every JS size here is given in. */
export function gzipSize(contents: Buffer, level = 9): number {
  return gzipSync(contents, { level }).length
}

/**
 * The files of `distDir` at `urls` (the browser's, of the server that served `distDir`; once
 * each), with their sizes and gzip sizes (level 9).
 */
export function jsFilesAt(distDir: string, urls: readonly string[]): JsFiles {
  const seen = new Set<string>()
  const files: JsFile[] = []
  for (const url of urls) {
    const file = fileForUrl(url, distDir)
    if (file === undefined || seen.has(file)) continue
    seen.add(file)
    const contents = readFileSync(path.join(distDir, file))
    files.push({ file, bytes: contents.length, gzipBytes: gzipSize(contents) })
  }
  return {
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
  }
}

/**
 * "http://host/base/assets/a.js", "/base/assets/a.js" or "assets/a.js" -> "assets/a.js"; none
 * for a URL that is not http(s). Leading folders that are not in the dist folder are taken for
 * the base the app was built with.
 */
export function fileForUrl(url: string, distDir: string): string | undefined {
  let pathname = url
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
    const parsed = new URL(url)
    if (!/^https?:$/.test(parsed.protocol)) return undefined
    pathname = parsed.pathname
  }
  pathname = decodeURIComponent(pathname.split(/[?#]/)[0] ?? '')
  const segments = path.posix.normalize(pathname).split('/').filter(Boolean)
  for (let i = 0; i < segments.length; i++) {
    const file = segments.slice(i).join('/')
    if (existsSync(path.join(distDir, file))) return file
  }
  return segments.join('/')
}
