const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' })

/** "nl" -> "Dutch"; a tag Intl cannot name is shown as the tag itself. */
export function languageName(tag: string): string {
  try {
    return names.of(tag) ?? tag
  } catch {
    return tag
  }
}
