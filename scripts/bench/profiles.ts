import type { BrowserContextOptions, CDPSession } from '@playwright/test'

export type ProfileName = 'desktop' | 'phone'

/** A browser to load pages in: its window, and how much slower than this machine it is. */
export type Profile = {
  name: ProfileName
  context: BrowserContextOptions
  /** Chromium's CPU slowdown (CDP Emulation.setCPUThrottlingRate); 1: none. */
  cpuSlowdown: number
  /** Added to every request, and the bandwidth in kilobits (1,024 bits) per second; or none. */
  network?: { rttMs: number; downKbps: number; upKbps: number }
  summary: string
}

export const DESKTOP: Profile = {
  name: 'desktop',
  context: { viewport: { width: 1280, height: 900 } },
  cpuSlowdown: 1,
  summary: '1280x900, no throttling',
}

/** Lighthouse's mobile preset: a Moto G Power's screen on slow 4G, with a 4x slower CPU. */
export const PHONE: Profile = {
  name: 'phone',
  context: {
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  },
  cpuSlowdown: 4,
  network: { rttMs: 150, downKbps: 1638.4, upKbps: 750 },
  summary: '412x823, 4x CPU slowdown, 150 ms per request, 1.6 Mbps down, 750 kbps up',
}

export const PROFILES: readonly Profile[] = [DESKTOP, PHONE]

/** Throttles the page behind `cdp` as `profile` says; call before it navigates. */
export async function applyProfile(cdp: CDPSession, profile: Profile) {
  if (profile.cpuSlowdown !== 1) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown })
  }
  if (profile.network) {
    const bytesPerSecond = (kbps: number) => (kbps * 1024) / 8
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.network.rttMs,
      downloadThroughput: bytesPerSecond(profile.network.downKbps),
      uploadThroughput: bytesPerSecond(profile.network.upKbps),
    })
  }
}
