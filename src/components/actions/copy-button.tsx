import { copyToClipboard } from './clipboard'
import { useActionStatus } from './use-action-status'
import { core } from '../../i18n/en/core'

type CopyButtonProps = { text: string; label: string }

/** Copies text to the clipboard and confirms it where everyone can see and hear it. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const { report } = useActionStatus()
  return (
    <span className="copy">
      <button
        type="button"
        className="button button--small"
        onClick={() => void report(() => copyToClipboard(text), core.copied)}
      >
        {label}
      </button>
    </span>
  )
}
