/**
 * The address of a request inside the app, decoded as the router decodes its params:
 * `/drivers/x` for `/paddock/drivers/x` (or for `/paddock/drivers/%78`).
 */
export function appPath(url: string, basename: string): string {
  const pathname = decodePath(new URL(url).pathname)
  const base = basename.endsWith('/') ? basename.slice(0, -1) : basename
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname
  return path === '' ? '/' : path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
}

/** A malformed escape (`%E0%A4%A`) stays as it is: no page has such an id. */
function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return pathname
  }
}
