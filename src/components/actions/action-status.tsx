import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { core } from '../../i18n/en/core'

export type ActionStatus = { message: string; failed: boolean }
const NONE: ActionStatus = { message: '', failed: false }

// Outside ActionStatusProvider (a component rendered on its own) what is said goes nowhere.
const SayContext = createContext<(status: ActionStatus) => void>(() => {})

/** Says how an action went, in the page's one region for confirmations. */
export function useSay(): (status: ActionStatus) => void {
  return useContext(SayContext)
}

/** The region's name: what tells it from the page's other status regions (result counts). */

/**
 * The page's one live region for its actions' confirmations (copied, shared), instead of one per
 * quote: on the page from the start, empty, so screen readers announce each change; shown like a
 * toast, and cleared after a while as one is. Only the region renders again when it changes.
 */
export function ActionStatusProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState(NONE)
  useEffect(() => {
    if (status.message === '') return
    const timer = window.setTimeout(() => setStatus(NONE), 4000)
    return () => window.clearTimeout(timer)
  }, [status])
  const modifier = status.failed ? ' action-status--failed' : ''
  return (
    <SayContext value={setStatus}>
      {children}
      <p role="status" aria-label={core.confirmations} className={`action-status${modifier}`}>
        {status.message}
      </p>
    </SayContext>
  )
}
