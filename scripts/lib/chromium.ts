import { existsSync } from 'node:fs'

/** Flags for Debian's Chromium on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path ?? ''))
  if (!found) {
    throw new Error(
      "No Chromium found. Install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.",
    )
  }
  return found
}
