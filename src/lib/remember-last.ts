/**
 * A cache of one: the value made for the last key asked for, made again only when the key
 * changes. For work asked again and again with the same input, such as paging through results.
 */
export function rememberLast<T>(): (key: string, make: () => T) => T {
  let last: { key: string; value: T } | undefined
  return (key, make) => {
    if (last?.key !== key) last = { key, value: make() }
    return last.value
  }
}
