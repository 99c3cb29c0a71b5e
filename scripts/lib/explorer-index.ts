import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { DatasetIndex } from '../../src/model/dataset-index'
import { compileIndex, type IndexSink } from '../../src/search/index-build/compile-index'
import type { IndexSizes } from '../../src/search/sharded/index-format'

/** Where the explorer's indexes live in the site, under the base path. */
export const EXPLORER_INDEX_DIR = 'data/explorer'

/** The explorer's index, compiled, and the folder it goes in: a digest of all its files. */
export function explorerIndexOf(index: DatasetIndex, sizes?: IndexSizes) {
  const files = compileIndex(index, sizes)
  const hash = createHash('sha256')
  for (const file of [...files.keys()].sort()) hash.update(`${file}\n${files.get(file)}\n`)
  return { folder: hash.digest('hex').slice(0, 12), files }
}

/**
 * Writes the explorer's index (docs/explorer-index.md) into the site, each file under
 * data/explorer/<folder>/, and says which folder: the explorer page's data names it.
 */
export async function writeExplorerIndex(
  index: DatasetIndex,
  write: (file: string, text: string) => Promise<void>,
): Promise<{ folder: string; files: number; bytes: number }> {
  const { folder, files } = explorerIndexOf(index)
  let bytes = 0
  for (const [file, text] of files) {
    await write(`${EXPLORER_INDEX_DIR}/${folder}/${file}`, text)
    bytes += Buffer.byteLength(text)
  }
  return { folder, files: files.size, bytes }
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
