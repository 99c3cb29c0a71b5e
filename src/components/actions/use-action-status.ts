import { useCallback } from 'react'
import { useSay } from './action-status'
import { core } from '../../i18n/en/core'

/** What an action (copy, share) says it did, in the page's one status region (action-status.tsx). */
export function useActionStatus() {
  const setStatus = useSay()

  /** Runs `action`; says `done` when it succeeds, "Could not …: reason" when it fails. */
  const report = useCallback(
    async (action: () => Promise<unknown>, done: string, failure = core.couldNotCopy) => {
      try {
        await action()
        setStatus({ message: done, failed: false })
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        setStatus({ message: `${failure}: ${reason}`, failed: true })
      }
    },
    [setStatus],
  )
  /** Says `message` (a failure when `failed`); '' says nothing. */
  const say = useCallback(
    (message: string, failed = false) => setStatus({ message, failed }),
    [setStatus],
  )

  return { report, say }
}
