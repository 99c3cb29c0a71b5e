import { onDemand } from '../load-on-demand'

/**
 * The code of search-outcome.tsx. Only the engine's answers have a search or filters, and each
 * answer waits for this code (use-explorer-state.ts): what it shows never arrives after them.
 */
export const searchOutcomeCode = onDemand(() => import('./search-outcome'))
