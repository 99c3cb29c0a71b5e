import { realpathSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's root folder, wherever a script is run from. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The dataset the app ships and fetches at run time. */
export const SHIPPED_DATASET = path.join(REPO_ROOT, 'public', 'data', 'quotes.json')

/**
 * Whether the module at `moduleUrl` (its import.meta.url) is the script node was started with,
 * so a module that tests import can also run as a command. Real paths on both sides: npm and
 * tsx may hand over a symlinked or relative path.
 */
export function isEntryPoint(moduleUrl: string): boolean {
  const entry = process.argv[1]
  if (entry === undefined) return false
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl))
  } catch {
    return false
  }
}
