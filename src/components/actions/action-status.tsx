import type { ActionStatus } from './use-action-status'

/** The region an action's outcome is shown and announced in; rendered empty from the start. */
export function ActionStatusText({ status }: { status: ActionStatus }) {
  return (
    <span
      role="status"
      className={status.failed ? 'action-status action-status--failed' : 'action-status'}
    >
      {status.message}
    </span>
  )
}
