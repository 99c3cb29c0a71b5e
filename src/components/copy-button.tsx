import { useEffect, useState } from 'react'

type CopyButtonProps = { text: string; label: string }
type CopyState = 'idle' | 'copied' | 'failed'

/** Copies text to the clipboard and confirms it where everyone can see and hear it. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle')

  useEffect(() => {
    if (state === 'idle') return
    const timer = window.setTimeout(() => setState('idle'), 2500)
    return () => window.clearTimeout(timer)
  }, [state])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  return (
    <span className="copy">
      <button type="button" className="button button--small" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className={`copy__status copy__status--${state}`}>
        {state === 'copied' && 'Copied'}
        {state === 'failed' && 'Could not copy: your browser blocked the clipboard'}
      </span>
    </span>
  )
}
