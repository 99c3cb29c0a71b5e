import type { Quote, Source } from '../../dataset/schema'
import { IndexFileError, type RecordBlock } from '../sharded/index-format'

/** Fetches one record block (index-format.ts indexPaths.block), checked; rejects if it cannot. */
export type LoadBlock = (block: number, signal: AbortSignal) => Promise<RecordBlock>

export type StreamOptions = {
  /** Ordinals per record block (StartFile.sizes.block). */
  blockSize: number
  /** Blocks asked for at once, at most. */
  inFlight: number
  loadBlock: LoadBlock
  /** Each quote's text in the file, the `i`th row, with the sources its block cites by id. */
  render: (quote: Quote, sources: ReadonlyMap<string, Source>, i: number) => string
  /** How many rows are written, after each block. */
  onRows?: (done: number) => void
  signal?: AbortSignal
}

/** Rows put into one Blob part at a time: their strings are let go of as the file grows. */
const ROWS_PER_PART = 512

/**
 * The rows of the quotes at `ordinals`, in that order, from the record blocks that hold them,
 * as the parts of a file: each block fetched once, in the order the list first needs it, at most
 * `inFlight` at a time, and written as soon as it is in, so that only the rows not yet in order
 * wait in memory. A block that fails fails the whole, and stops the others.
 */
export async function streamRows(
  ordinals: readonly number[],
  { blockSize, inFlight, loadBlock, render, onRows, signal }: StreamOptions,
): Promise<Blob[]> {
  const byBlock = new Map<number, number[]>()
  ordinals.forEach((ordinal, i) => {
    const block = Math.floor(ordinal / blockSize)
    const at = byBlock.get(block)
    if (at) at.push(i)
    else byBlock.set(block, [i])
  })
  const schedule = [...byBlock]
  const rows: (string | undefined)[] = new Array<string | undefined>(ordinals.length)
  const parts: Blob[] = []
  let pending: string[] = []
  let next = 0
  let done = 0
  const stop = new AbortController()
  const abort = () => stop.abort(signal?.reason)
  signal?.addEventListener('abort', abort)

  /** The rows now in order go into the file; a part is cut every ROWS_PER_PART of them. */
  const flush = () => {
    for (let row = rows[next]; row !== undefined; row = rows[next]) {
      pending.push(row)
      rows[next++] = undefined
      if (pending.length >= ROWS_PER_PART || next === rows.length) {
        parts.push(new Blob(pending))
        pending = []
      }
    }
  }
  const fetcher = async () => {
    for (let entry = schedule.shift(); entry; entry = schedule.shift()) {
      const [block, positions] = entry
      const { quotes, sources } = await loadBlock(block, stop.signal)
      // Another block failed, or the download was cancelled, while this one came in.
      stop.signal.throwIfAborted()
      const sourceById = new Map(sources.map((source) => [source.id, source]))
      for (const i of positions) {
        const quote = quotes[(ordinals[i] ?? -1) - block * blockSize]
        if (!quote) throw new IndexFileError(`The explorer's record block ${block} is damaged.`)
        rows[i] = render(quote, sourceById, i)
      }
      done += positions.length
      flush()
      onRows?.(done)
    }
  }
  try {
    signal?.throwIfAborted()
    await Promise.all(Array.from({ length: Math.min(inFlight, schedule.length) }, fetcher))
    return parts
  } catch (error) {
    stop.abort(error)
    throw error
  } finally {
    signal?.removeEventListener('abort', abort)
  }
}
