import type { FastifyInstance } from 'fastify'
import type { Db } from './db/schema'

/**
 * On SIGTERM or SIGINT (a deploy, a scale-down, Ctrl-C): stop accepting connections, let the
 * requests in flight finish (Fastify's close waits for them and answers new ones on kept-alive
 * connections with 503), then close the database so its WAL is checkpointed. A request that
 * hangs cannot hold the exit back past `timeoutMs`.
 */
export function closeGracefullyOnSignals(app: FastifyInstance, db: Db, beforeDatabase: () => Promise<void> = async () => undefined, timeoutMs = 10_000): void {
  let closing = false
  const close = async (signal: string): Promise<void> => {
    if (closing) return
    closing = true
    console.log(`${signal}: finishing the requests in flight, then stopping`)
    setTimeout(() => {
      console.error(`Requests still running after ${timeoutMs} ms: stopping anyway`)
      process.exit(1)
    }, timeoutMs).unref()
    try {
      await app.close()
      await beforeDatabase()
      db.close()
      process.exit(0)
    } catch (error) {
      console.error(`Could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    }
  }
  process.on('SIGTERM', () => void close('SIGTERM'))
  process.on('SIGINT', () => void close('SIGINT'))
}
