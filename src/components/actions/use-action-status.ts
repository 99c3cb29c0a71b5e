import { useCallback, useEffect, useState } from 'react'

export type ActionStatus = { message: string; failed: boolean }
const NONE: ActionStatus = { message: '', failed: false }

/**
 * What an action (copy, share) says it did, for a role="status" region that is on the page from
 * the start, so screen readers announce each change. Cleared after a while, as a toast would be.
 */
export function useActionStatus() {
  const [status, setStatus] = useState<ActionStatus>(NONE)

  useEffect(() => {
    if (status.message === '') return
    const timer = window.setTimeout(() => setStatus(NONE), 4000)
    return () => window.clearTimeout(timer)
  }, [status])

  /** Runs `action`; says `done` when it succeeds, "Could not …: reason" when it fails. */
  const report = useCallback(
    async (action: () => Promise<unknown>, done: string, failure = 'Could not copy') => {
      try {
        await action()
        setStatus({ message: done, failed: false })
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        setStatus({ message: `${failure}: ${reason}`, failed: true })
      }
    },
    [],
  )
  /** Says `message` (a failure when `failed`); '' says nothing. */
  const say = useCallback((message: string, failed = false) => setStatus({ message, failed }), [])

  return { status, report, say }
}
