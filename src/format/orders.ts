const collator = new Intl.Collator('en')

type Named = { name: string }

/** A to Z, as a reader expects: accents and case do not push a name to the end. */
export function compareByName(a: Named, b: Named): number {
  return collator.compare(a.name, b.name)
}

/** The highest count first; equal counts A to Z. */
export function mostFirst<T extends Named>(countOf: (item: T) => number) {
  return (a: T, b: T) => countOf(b) - countOf(a) || compareByName(a, b)
}
