import type { PageData } from '../data/page-data'

/** The id of the data block a prerendered page carries (see scripts/build). */
export const BOOT_DATA_ID = 'page-data'

/**
 * What a prerendered page hands the client: its data (`key` names the file the same data is
 * fetched from later), or, on the 404 page, the totals only and `notFound`.
 */
export type BootData = { key: string | null; data: PageData; notFound: boolean }
