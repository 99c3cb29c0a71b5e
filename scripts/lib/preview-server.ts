import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { REPO_ROOT } from './repo'

/** A free loopback port, so parallel runs never collide. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * Serves a built dist folder (default: the repository's dist/) with `vite preview` and the
 * repository's vite.config.ts, until stop() is called.
 */
export async function startPreview(options: { outDir?: string } = {}) {
  const port = await freePort()
  // Vite itself, not through npx: stopping npx would leave the server running.
  const vite = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  const args = [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort']
  if (options.outDir) args.push('--outDir', path.resolve(options.outDir))
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const origin = `http://127.0.0.1:${port}`
  await waitFor(origin, child)
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

async function waitFor(origin: string, child: ChildProcess) {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`)
    try {
      await fetch(origin)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  child.kill('SIGTERM')
  throw new Error(`vite preview did not answer at ${origin} within 20 s`)
}
