import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { WORDPRESS_DIR, ensureWordPress } from '../../../scripts/ensure-wordpress.mjs'
import { freePort } from '../freePort'

/**
 * A real WordPress for tests: Debian's `wordpress` package served by `php -S` over a throwaway
 * MariaDB (its own data folder and socket in a temporary folder, never the system service),
 * installed with `wp_install` and seeded by `seed.php`. Everything listens on loopback only and
 * stops by itself: on `stop()`, when this process exits, when it is killed (a watchdog shell
 * notices), and after `lifetimeS` whatever happens.
 */
export interface SeededContent {
  noExcerpt: number
  manualExcerpt: number
  headingFirst: number
  media: number
  sticky: number
  vietnameseSlug: number
  older: number[]
  protected: number
  draft: number
  private: number
  scheduled: number
  pages: Record<string, number>
  slugs: Record<string, string>
}

export interface RealWordPress {
  /** The site, `http://127.0.0.1:<port>`. */
  url: string
  /** The REST root, as CONTENT_API_URL takes it. */
  apiUrl: string
  seeded: SeededContent
  versions: { wordpress: string; mariadb: string; php: string }
  /** How long installing nothing/something, starting and seeding took. */
  setupMs: number
  stop(): Promise<void>
}

const HERE = import.meta.dirname
const run = promisify(execFile)

/** Why a real WordPress cannot run here (after trying to install it), or undefined when it can. */
export function realWordPressUnavailable(): string | undefined {
  const result = ensureWordPress({ log: (line) => console.log(line) })
  return result.ok ? undefined : result.reason
}

/** Folders of earlier runs whose process was killed before it could clean up (the watchdog stopped their servers). */
function removeAbandoned(): void {
  for (const entry of readdirSync(tmpdir())) {
    if (!entry.startsWith('lectern-wp-')) continue
    const folder = join(tmpdir(), entry)
    const pidFile = join(folder, 'owner.pid')
    if (!existsSync(pidFile)) continue // being created right now
    const owner = Number(readFileSync(pidFile, 'utf8').trim())
    let alive = true
    try {
      process.kill(owner, 0)
    } catch (error) {
      alive = (error as NodeJS.ErrnoException).code === 'EPERM' // someone else's, still running
    }
    if (!alive) rmSync(folder, { recursive: true, force: true })
  }
}

/**
 * Runs `command` under a watchdog shell: the command ends when this Node process is gone (even
 * killed with SIGKILL, which leaves no exit hook), when the watchdog is told to stop, or after
 * `lifetimeS`.
 */
function guarded(command: string[], env: NodeJS.ProcessEnv, lifetimeS: number, log: string[]): ChildProcess {
  const script = `
    timeout --kill-after=5 ${lifetimeS} "$@" &
    child=$!
    trap 'kill $child 2>/dev/null; wait $child; exit 0' TERM INT
    while kill -0 ${process.pid} 2>/dev/null && kill -0 $child 2>/dev/null; do sleep 1 & wait $!; done
    kill $child 2>/dev/null; wait $child`
  const child = spawn('sh', ['-c', script, 'watchdog', ...command], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString())
    if (log.length > 200) log.splice(0, log.length - 200)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  return child
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, log: string[]): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${what} did not start within ${timeoutMs} ms:\n${log.join('').slice(-2000)}`)
}

const stopped = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()))

export async function startRealWordPress(options: { lifetimeS?: number } = {}): Promise<RealWordPress> {
  const started = performance.now()
  const ensured = ensureWordPress({ log: (line) => console.log(line) })
  if (!ensured.ok) throw new Error(`A real WordPress cannot run here: ${ensured.reason}`)
  const lifetimeS = options.lifetimeS ?? 45 * 60
  removeAbandoned()
  const dir = mkdtempSync(join(tmpdir(), 'lectern-wp-'))
  writeFileSync(join(dir, 'owner.pid'), String(process.pid))
  const socket = join(dir, 'mysql.sock')
  const log: string[] = []
  const children: ChildProcess[] = []
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : []

  let done = false
  const cleanUpNow = () => {
    if (done) return
    done = true
    for (const child of children) child.kill('SIGTERM')
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
  }
  process.once('exit', cleanUpNow)
  const stop = async () => {
    process.off('exit', cleanUpNow)
    for (const child of children) child.kill('SIGTERM')
    await Promise.all(children.map(stopped))
    cleanUpNow()
  }

  try {
    // MariaDB: a fresh data folder, a socket, no TCP, small buffers; root without password on the socket.
    const data = join(dir, 'data')
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot])
    children.push(guarded(['mariadbd', '--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'mysqld.pid')}`,
      '--innodb-buffer-pool-size=32M', '--innodb-log-file-size=8M', '--skip-log-bin', '--character-set-server=utf8mb4', ...asRoot], process.env, lifetimeS, log))
    const sql = (statement: string) => run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement])
    await waitFor('MariaDB', async () => existsSync(socket) && !!(await sql('SELECT 1')), 30_000, log)
    await sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci')

    // The site folder: Debian's WordPress linked in, with our wp-config.php and a wp-content of the run's own.
    const site = join(dir, 'site')
    mkdirSync(site)
    for (const entry of readdirSync(WORDPRESS_DIR)) {
      if (entry !== 'wp-config.php' && entry !== 'wp-content') symlinkSync(join(WORDPRESS_DIR, entry), join(site, entry))
    }
    symlinkSync(join(HERE, 'wp-config.php'), join(site, 'wp-config.php'))
    for (const sub of ['uploads', 'plugins', 'themes']) mkdirSync(join(site, 'wp-content', sub), { recursive: true })

    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const env = { ...process.env, LECTERN_WP_SOCKET: socket, LECTERN_WP_URL: url }
    const seededOut = await run('php', [join(HERE, 'seed.php'), site], { env })
    const seeded = JSON.parse(seededOut.stdout.trim().split('\n').at(-1)!) as SeededContent

    // php -S answers one request at a time unless it has workers; Lectern asks several at once.
    children.push(guarded(['php', '-S', `127.0.0.1:${port}`, '-t', site, join(HERE, 'router.php')], { ...env, PHP_CLI_SERVER_WORKERS: '4' }, lifetimeS, log))
    await waitFor('WordPress (php -S)', async () => (await fetch(`${url}/wp-json/`)).ok, 30_000, log)
    return { url, apiUrl: `${url}/wp-json`, seeded, versions: ensured.versions, setupMs: Math.round(performance.now() - started), stop }
  } catch (error) {
    await stop()
    throw error
  }
}
