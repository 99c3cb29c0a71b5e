/**
 * A record's id: a lowercase slug like "jean-eric-vergne". The dataset's schema requires it of
 * every id, and the address table (src/urls/url-table.ts) reads an address's id segment with it.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
