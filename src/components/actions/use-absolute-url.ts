import { useHref } from 'react-router-dom'

/**
 * The full address of an in-app path, base path included, for copying and sharing. While the
 * build prerenders a page there is no window: the path itself, which only ever reaches a copy
 * button's text, never the page.
 */
export function useAbsoluteUrl(to: string): string {
  const href = useHref(to)
  return typeof window === 'undefined' ? href : new URL(href, window.location.origin).href
}
