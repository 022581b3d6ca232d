import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Db } from './schema'
import { ContentImport, sha, type ImportReport, type PreparedBody } from './importContent'

/** A worker's answer to a chunk: the prepared bodies of the files it could parse, by file hash. */
export type PreparedBatch = [hash: string, body: PreparedBody][]

// The worker is TypeScript like the rest of the server: it registers tsx itself, whatever started
// this process (node --import tsx, vitest), then loads the worker module.
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./prepareWorker.ts', import.meta.url).href)}) })`

/** Files per message to a worker: large enough to amortize the messages, small enough to bound memory. */
const CHUNK = 64

/**
 * The same import as `importContent`, with the Markdown of new and changed articles parsed in
 * worker threads (parsing is ~90 % of an import: 10,000 articles take minutes on one core). The
 * files are written in order by this thread, in one transaction, while the workers parse the next
 * chunks; at most two chunks per worker are held in memory. Between chunks the event loop turns,
 * so /healthz and /readyz answer during the import.
 */
export async function importInParallel(
  db: Db,
  contentDir: string,
  { workers = Math.min(availableParallelism(), 4), minFiles = 200 }: { workers?: number; minFiles?: number } = {},
): Promise<ImportReport> {
  const contentImport = new ContentImport(db, contentDir)
  const known = contentImport.knownHashes()
  const files = contentImport.articleFiles
  const dir = join(contentDir, 'articles')
  const todo = files.filter((file) => !known.has(sha(readFileSync(join(dir, file), 'utf8'))))
  // Below a few hundred files starting workers (each loads the Markdown pipeline) costs more than it saves.
  const pool = todo.length >= minFiles && workers > 1 ? new WorkerPool(workers) : undefined
  const chunks: string[][] = []
  for (let i = 0; i < files.length; i += CHUNK) chunks.push(files.slice(i, i + CHUNK))
  const toParse = new Set(todo)
  const ahead = 2 * workers
  const pending: Promise<Map<string, PreparedBody>>[] = []
  const request = (index: number) => {
    const paths = (chunks[index] ?? []).filter((file) => toParse.has(file)).map((file) => join(dir, file))
    pending[index] = pool && paths.length ? pool.prepare(paths).then((batch) => new Map(batch)) : Promise.resolve(new Map())
  }
  try {
    for (let i = 0; i < Math.min(ahead, chunks.length); i++) request(i)
    db.exec('BEGIN')
    try {
      contentImport.begin()
      for (let index = 0; index < chunks.length; index++) {
        const prepared = await pending[index]!
        delete pending[index]
        if (index + ahead < chunks.length) request(index + ahead)
        for (const file of chunks[index]!) contentImport.article(file, prepared)
      }
      contentImport.end()
      db.exec('COMMIT')
    } catch (error) {
      db.exec('ROLLBACK')
      throw error
    }
  } finally {
    await pool?.close()
  }
  return contentImport.finish()
}

/** Long-lived workers, each answering one chunk at a time, in the order asked. */
class WorkerPool {
  private readonly idle: Worker[] = []
  private readonly waiting: (() => void)[] = []
  private readonly all: Worker[] = []

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_BOOT, { eval: true })
      this.all.push(worker)
      this.idle.push(worker)
    }
  }

  async prepare(paths: string[]): Promise<PreparedBatch> {
    while (!this.idle.length) await new Promise<void>((resolve) => this.waiting.push(resolve))
    const worker = this.idle.pop()!
    try {
      return await new Promise<PreparedBatch>((resolve, reject) => {
        const fail = (error: Error) => {
          worker.off('message', resolve)
          reject(error)
        }
        worker.once('message', (batch: PreparedBatch) => {
          worker.off('error', fail)
          resolve(batch)
        })
        worker.once('error', fail)
        worker.postMessage(paths)
      })
    } finally {
      this.idle.push(worker)
      this.waiting.shift()?.()
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((worker) => worker.terminate()))
  }
}
