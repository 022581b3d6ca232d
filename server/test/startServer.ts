import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')

export interface StartServerOptions {
  /** On top of this process's environment. PORT defaults to 0 (any free port), HOST to 127.0.0.1. */
  env?: Record<string, string>
  /** Copy what the server writes to stderr to this process's stderr as it comes (benches). */
  echoErrors?: boolean
  /** How long it may take to listen and then to be ready (its content imported). */
  timeoutMs?: number
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>`. */
  url: string
  port: number
  process: ChildProcess
  /** Everything it has printed so far (stdout and stderr). */
  output(): string
  /** Stops it (SIGTERM) and waits until it has exited. */
  stop(): Promise<void>
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms))

/**
 * The one way tests and benches start the real server (`server/main.ts`, the built app in `dist/`):
 * resolves once it listens and `/readyz` answers 200, as a load balancer would wait; rejects with
 * everything it printed when it exits first or takes longer than `timeoutMs`. It is stopped with
 * `stop()`, or with this process.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const timeoutMs = options.timeoutMs ?? 120_000
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => {
    out += chunk.toString()
    if (options.echoErrors) process.stderr.write(chunk)
  })
  const kill = () => child.kill('SIGTERM')
  process.once('exit', kill)
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const stop = async () => {
    process.off('exit', kill)
    if (child.exitCode !== null || child.signalCode !== null) return
    kill()
    await exited
  }
  const failed = (why: string) => new Error(`The server ${why}:\n${out}`)

  try {
    const port = await new Promise<number>((listening, fail) => {
      const timer = setTimeout(() => fail(failed(`did not listen within ${timeoutMs} ms`)), timeoutMs)
      child.stdout!.on('data', () => {
        const found = /ready at http:\/\/localhost:(\d+)/.exec(out)?.[1]
        if (found) {
          clearTimeout(timer)
          listening(Number(found))
        }
      })
      child.once('exit', (code) => {
        clearTimeout(timer)
        fail(failed(`exited with ${code}`))
      })
    })
    const url = `http://127.0.0.1:${port}`
    // Listening is not ready: the content may still be importing (the API answers 503 until then).
    const deadline = Date.now() + timeoutMs
    while ((await fetch(`${url}/readyz`)).status !== 200) {
      if (child.exitCode !== null) throw failed(`exited with ${child.exitCode}`)
      if (Date.now() > deadline) throw failed(`was not ready within ${timeoutMs} ms`)
      await pause(100)
    }
    return { url, port, process: child, output: () => out, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
