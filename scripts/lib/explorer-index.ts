import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Dataset } from '../../src/dataset/schema'
import type { IndexSink } from '../../src/search/index-build/compile-index'

/** Where the explorer's indexes live in the site, under the base path. */
export const EXPLORER_INDEX_DIR = 'data/explorer'

/** What the index's thread (index-worker.ts) is started with, and what it answers. */
export type IndexJob = { dataset: Dataset; dir: string }
export type IndexReply = { files: number; bytes: number }

/**
 * The folder of the index compiled by `compiler` (index-worker.js, bundled) from `datasetText`:
 * a digest of both. The compiler is deterministic, so the same folder name always holds the same
 * files, and another dataset or another compiler is another folder (docs/explorer-index.md): a
 * name known before the index is written, which the pages can carry while it is.
 */
export function indexFolderOf(compiler: string, datasetText: string): string {
  const hash = createHash('sha256')
  hash.update(`${compiler.length}\n${compiler}\n`).update(datasetText)
  return hash.digest('hex').slice(0, 12)
}

/**
 * Starts writing the explorer's index (docs/explorer-index.md) into the site, under
 * data/explorer/<folder>/, in a thread of its own (`workerFile`: index-worker.js), while the
 * build goes on. `written` resolves with what it wrote, or rejects if it failed; `stop` ends it.
 */
export function startExplorerIndex(
  workerFile: string,
  job: { outDir: string; folder: string; dataset: Dataset },
): { written: Promise<IndexReply>; stop: () => Promise<number> } {
  const dir = join(job.outDir, EXPLORER_INDEX_DIR, job.folder)
  const worker = new Worker(workerFile, { workerData: { dataset: job.dataset, dir } })
  const written = new Promise<IndexReply>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
    worker.once('exit', (code) =>
      reject(new Error(`the explorer's index thread stopped (exit code ${code})`)),
    )
  })
  return { written, stop: () => worker.terminate() }
}

/** What a folder of the index holds: files and bytes, by the first part of their path. */
export type FolderTally = Map<string, { files: number; bytes: number }>

/**
 * A sink (compile-index.ts compileIndexInto) that writes each file into `dir` as it is made,
 * holding none of them, and tallies them by their first folder (`l`, `t`, `r`, …).
 */
export function folderSink(dir: string): IndexSink & { tally: FolderTally } {
  const made = new Set<string>()
  const tally: FolderTally = new Map()
  return {
    tally,
    set(file, text) {
      const path = join(dir, file)
      const folder = dirname(path)
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true })
        made.add(folder)
      }
      writeFileSync(path, text)
      const kind = file.includes('/') ? file.slice(0, file.indexOf('/')) : file
      const counted = tally.get(kind) ?? { files: 0, bytes: 0 }
      counted.files++
      counted.bytes += Buffer.byteLength(text)
      tally.set(kind, counted)
    },
  }
}
