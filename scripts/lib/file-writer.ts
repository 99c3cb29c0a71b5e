import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

const WRITES_AT_ONCE = 64

/**
 * Writes a build's files under `outDir`, a few dozen at a time: the build spent 40% of its time
 * waiting on one file's write at a time (node --cpu-prof), so writes go on while the next pages
 * render. `flush` waits for them all, and throws the first write's error, if any.
 */
export function fileWriter(outDir: string) {
  const made = new Set<string>()
  const writing = new Set<Promise<void>>()
  let failed: { error: unknown } | undefined
  const write = async (file: string, text: string) => {
    const target = path.join(outDir, file)
    const dir = path.dirname(target)
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true })
      made.add(dir)
    }
    const done: Promise<void> = writeFile(target, text)
      .catch((error: unknown) => void (failed ??= { error }))
      .finally(() => writing.delete(done))
    writing.add(done)
    if (writing.size >= WRITES_AT_ONCE) await Promise.race(writing)
  }
  const flush = async () => {
    await Promise.all(writing)
    if (failed) throw failed.error
  }
  return { write, flush }
}
