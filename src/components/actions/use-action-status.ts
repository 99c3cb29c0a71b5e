import { useCallback } from 'react'
import { useStatusChannel } from './action-status'

/** What an action (copy, share) says it did, in the page's one status region (action-status.tsx). */
export function useActionStatus() {
  const channel = useStatusChannel()

  /** Runs `action`; says `done` when it succeeds, "Could not …: reason" when it fails. */
  const report = useCallback(
    async (action: () => Promise<unknown>, done: string, failure = 'Could not copy') => {
      try {
        await action()
        channel.set({ message: done, failed: false })
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        channel.set({ message: `${failure}: ${reason}`, failed: true })
      }
    },
    [channel],
  )
  /** Says `message` (a failure when `failed`); '' says nothing. */
  const say = useCallback(
    (message: string, failed = false) => channel.set({ message, failed }),
    [channel],
  )

  return { report, say }
}
