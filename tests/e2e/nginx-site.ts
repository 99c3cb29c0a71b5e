import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../../scripts/lib/preview-server'
import { REPO_ROOT } from '../../scripts/lib/repo'

/**
 * One nginx with deploy/nginx.conf (and its security-headers snippet) serving whichever build
 * `serve` points it at, on one port that outlives `goOffline`/`goOnline`: a reader's browser sees
 * the same origin go away (connection refused, as with no network) and come back, or a new
 * deploy under it. For tests/e2e/offline.spec.ts; nginx.spec.ts checks the config itself.
 */
export type NginxSite = {
  origin: string
  /** Serves the build in `dir` from now on (a new deploy: the next request sees it). */
  serve: (dir: string) => void
  goOffline: () => Promise<void>
  goOnline: () => Promise<void>
  stop: () => Promise<void>
}

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'

export async function startNginxSite(firstBuild: string): Promise<NginxSite> {
  const dir = mkdtempSync(join(tmpdir(), 'paddock-offline-'))
  // nginx workers drop root privileges; they must be able to read the build.
  chmodSync(dir, 0o755)
  const root = join(dir, 'site')
  const serve = (build: string) => {
    // A new link moved over the old one: nginx never sees the address missing.
    const next = join(dir, 'site-next')
    symlinkSync(build, next)
    renameSync(next, root)
  }
  serve(firstBuild)
  mkdirSync(join(dir, 'temp'))
  mkdirSync(join(dir, 'snippets'))
  copyFileSync(
    join(REPO_ROOT, 'deploy/security-headers.conf'),
    join(dir, 'snippets/paddock-security-headers.conf'),
  )
  const port = await freePort()
  const site = readFileSync(join(REPO_ROOT, 'deploy/nginx.conf'), 'utf8')
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/^(\s*)root \/var\/www\/paddock-quotes;$/m, `$1root ${root};`)
  writeFileSync(join(dir, 'site.conf'), site)
  const temp = (name: string) => `  ${name}_temp_path ${join(dir, 'temp', name)};`
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${join(dir, 'access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
      `  include ${join(dir, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  )
  const origin = `http://127.0.0.1:${port}`
  let child: ChildProcess | undefined

  const answers = () =>
    fetch(`${origin}/`, { method: 'HEAD' }).then(
      () => true,
      () => false,
    )
  // While this site is offline its port is free, and another server started meanwhile (another
  // test's) may take it: the site is back once this nginx has logged a request it answered.
  const accessLog = join(dir, 'access.log')
  const logged = () => (existsSync(accessLog) ? statSync(accessLog).size : 0)
  const goOnline = async () => {
    if (child && child.exitCode === null && child.signalCode === null) return
    const args = ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')]
    const started = spawn(NGINX, [...args, '-g', 'daemon off;'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    started.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child = started
    const before = logged()
    for (let attempt = 0; attempt < 200; attempt++) {
      if (started.exitCode !== null) throw new Error(`nginx exited: ${stderr}`)
      if ((await answers()) && logged() > before) return
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`nginx did not answer at ${origin} within 10 s: ${stderr}`)
  }
  const goOffline = async () => {
    const running = child
    child = undefined
    if (!running || running.exitCode !== null || running.signalCode !== null) return
    const exited = once(running, 'exit')
    running.kill('SIGTERM')
    await exited
    if (await answers()) throw new Error(`${origin} still answers: another server has its port`)
  }
  await goOnline()
  return {
    origin,
    serve,
    goOffline,
    goOnline,
    stop: async () => {
      await goOffline()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
