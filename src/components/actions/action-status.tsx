import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'

export type ActionStatus = { message: string; failed: boolean }
const NONE: ActionStatus = { message: '', failed: false }

/** Where the page's actions (copy, share) say how they went, and the one region that shows it. */
export type StatusChannel = {
  get(): ActionStatus
  set(status: ActionStatus): void
  subscribe(listener: () => void): () => void
}

function createStatusChannel(): StatusChannel {
  let current = NONE
  const listeners = new Set<() => void>()
  return {
    get: () => current,
    set(status) {
      current = status
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

// Outside ActionStatusProvider (a component rendered on its own) nothing shows what is said.
const StatusChannelContext = createContext<StatusChannel>(createStatusChannel())

export function useStatusChannel(): StatusChannel {
  return useContext(StatusChannelContext)
}

/**
 * The page's one live region for its actions' confirmations, instead of one per quote: on the
 * page from the start (empty), so screen readers announce each change, and shown like a toast.
 */
export function ActionStatusProvider({ children }: { children: ReactNode }) {
  const [channel] = useState(createStatusChannel)
  return (
    <StatusChannelContext value={channel}>
      {children}
      <ActionStatusRegion channel={channel} />
    </StatusChannelContext>
  )
}

/** The region's name: what finds it among the page's other status regions (result counts). */
export const ACTION_STATUS_NAME = 'Confirmations'

function ActionStatusRegion({ channel }: { channel: StatusChannel }) {
  const status = useSyncExternalStore(channel.subscribe, channel.get, () => NONE)
  // Cleared after a while, as a toast is.
  useEffect(() => {
    if (status.message === '') return
    const timer = window.setTimeout(() => channel.set(NONE), 4000)
    return () => window.clearTimeout(timer)
  }, [channel, status])
  const modifier = status.failed ? ' action-status--failed' : ''
  return (
    <p role="status" aria-label={ACTION_STATUS_NAME} className={`action-status${modifier}`}>
      {status.message}
    </p>
  )
}
