/**
 * What the benchmark must stop, whatever happens: servers and browsers go away on success,
 * error, Ctrl-C or SIGTERM, the newest first.
 */
const pending: (() => Promise<unknown>)[] = []
let interrupted = false

/** Stops everything still pending; errors are ignored, as there is nothing left to do. */
export async function cleanUp() {
  while (pending.length > 0) {
    const stop = pending.pop()
    await stop?.().catch(() => undefined)
  }
}

/** Whether a signal stopped the benchmark: its errors are then only things going away. */
export function wasInterrupted(): boolean {
  return interrupted
}

/**
 * Registers `stop` to run on clean-up; returns a function that runs it now instead (and no
 * longer on clean-up), for a server or browser that is done before the end.
 */
export function onCleanUp(stop: () => Promise<unknown>): () => Promise<void> {
  pending.push(stop)
  return async () => {
    const index = pending.indexOf(stop)
    if (index >= 0) pending.splice(index, 1)
    await stop()
  }
}

/** Cleans up on SIGINT and SIGTERM, then exits with the shell's code for that signal. */
export function cleanUpOnSignals() {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      interrupted = true
      console.error(`\nbench: ${signal}, cleaning up`)
      void cleanUp().finally(() => process.exit(code))
    })
  }
}
