import { execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { freePort } from './freePort'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser connection to a throwaway PostgreSQL cluster, or '' when there is none. */
    postgresUrl: string
    /** Why there is none ('' when there is): the PostgreSQL store's tests fail with it. */
    postgresMissing: string
  }
}

/** Debian's server binaries, newest version first. */
function serverBin(): string | undefined {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return undefined
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a))
  return versions[0] && join(root, versions[0], 'bin')
}

function unavailable(project: TestProject, reason: string): undefined {
  console.error(`PostgreSQL store tests will FAIL: ${reason}`)
  project.provide('postgresUrl', '')
  project.provide('postgresMissing', reason)
  return undefined
}

/**
 * Starts a PostgreSQL cluster of its own for the test run: a temporary data folder, a free port,
 * the socket in that folder and no TCP at all, so it meets nobody else's server. Stopped and
 * deleted at the end. Installed by scripts/ensure-postgres.mjs; missing, or failing to start, every
 * test of the PostgreSQL store fails with the reason (never a quiet skip: half the store tests would
 * pass unseen). Test files that do not use it are unaffected.
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const bin = serverBin()
  if (!bin) {
    return unavailable(project, 'no PostgreSQL server binaries under /usr/lib/postgresql (run node scripts/ensure-postgres.mjs as root on Debian, or install your distribution\'s postgresql server)')
  }
  const isRoot = process.getuid?.() === 0
  const asServerUser = (command: string, args: string[]): void => {
    // initdb refuses to run as root: the cluster belongs to the postgres user then.
    if (isRoot) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' })
    else execFileSync(command, args, { stdio: 'pipe' })
  }
  const dir = mkdtempSync(join(tmpdir(), 'lectern-pg-'))
  if (isRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()))
  const data = join(dir, 'data')
  const port = await freePort()
  try {
    asServerUser(join(bin, 'initdb'), ['-D', data, '-U', 'lectern', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'])
    asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o',
      `-p ${port} -k ${dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off`, 'start'])
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    rmSync(dir, { recursive: true, force: true })
    return unavailable(project, `the throwaway cluster did not start (${detail})`)
  }
  project.provide('postgresMissing', '')
  project.provide('postgresUrl', `postgresql://lectern@localhost:${port}/postgres?host=${encodeURIComponent(dir)}`)
  return () => {
    try {
      asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
