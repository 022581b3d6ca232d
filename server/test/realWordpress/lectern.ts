import { spawn } from 'node:child_process'
import { resolve } from 'node:path'

/**
 * The real start command (`server/main.ts`, the built app in `dist/`) in WordPress mode, on a free
 * loopback port, for the end-to-end journey and the bench. Stops with `stop()` or with this process.
 */
export async function startLecternOn(apiUrl: string, env: Record<string, string> = {}): Promise<{ url: string; stop: () => Promise<void> }> {
  return startLectern({ CONTENT_SOURCE: 'wordpress', CONTENT_API_URL: apiUrl, ...env })
}

/** The same with any configuration (the site source's spec starts it with CONTENT_SOURCE=site). */
export async function startLectern(env: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, '../../main.ts')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_FILE: ':memory:', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const kill = () => server.kill('SIGTERM')
  process.once('exit', kill)
  const url = await new Promise<string>((ready, fail) => {
    let out = ''
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const port = /ready at http:\/\/localhost:(\d+)/.exec(out)?.[1]
      if (port) ready(`http://127.0.0.1:${port}`)
    })
    server.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()))
    server.once('exit', (code) => fail(new Error(`Lectern exited with ${code}: ${out}`)))
  })
  return {
    url,
    stop: async () => {
      process.off('exit', kill)
      if (server.exitCode !== null) return
      const exited = new Promise((done) => server.once('exit', done))
      kill()
      await exited
    },
  }
}
