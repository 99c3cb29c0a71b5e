import { useHref } from 'react-router-dom'

/** The full address of an in-app path, base path included, for copying and sharing. */
export function useAbsoluteUrl(to: string): string {
  const href = useHref(to)
  return new URL(href, window.location.origin).href
}
