import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Db } from './schema'
import { ContentImport, sha, type ImportReport, type PreparedArticle } from './importContent'

/** A worker's answer to a chunk: the files it could read and parse, prepared, by file name. */
export type PreparedBatch = [file: string, article: PreparedArticle][]

// The worker is TypeScript like the rest of the server: it registers tsx itself, whatever started
// this process (node --import tsx, vitest), then loads the worker module.
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./prepareWorker.ts', import.meta.url).href)}) })`

/**
 * A parser's heap: one chunk's documents need a few MB, but V8 lets a worker's old generation grow
 * toward the machine-wide default limit before collecting it, and two such workers were most of
 * an import's peak memory.
 */
const PARSER_HEAP_MB = 128

/** Files per message to a worker: large enough to amortize the messages, small enough to bound memory. */
const CHUNK = 64

/**
 * The same import as `importContent`, with new and changed articles read, validated and parsed in
 * worker threads (parsing is ~90 % of an import: 10,000 articles take minutes on one core). The
 * files are written in order by this thread, in one transaction, while the workers parse the next
 * chunks; at most two chunks per worker are held in memory. Between chunks the event loop turns,
 * so /healthz and /readyz answer during the import.
 */
export async function importInParallel(
  db: Db,
  contentDir: string,
  { workers = Math.min(availableParallelism(), 4), minFiles = 200,
    parserHeapMb = PARSER_HEAP_MB }: { workers?: number; minFiles?: number; parserHeapMb?: number } = {},
): Promise<ImportReport> {
  const contentImport = new ContentImport(db, contentDir)
  const known = contentImport.knownHashes()
  const files = contentImport.articleFiles
  const dir = join(contentDir, 'articles')
  // Into a database without articles every file is new: none needs reading here.
  const todo = known.size ? files.filter((file) => !known.has(sha(readFileSync(join(dir, file), 'utf8')))) : files
  // Below a few hundred files starting workers (each loads the Markdown pipeline) costs more than it saves.
  const pool = todo.length >= minFiles && workers > 1 ? new WorkerPool(workers, parserHeapMb) : undefined
  const chunks: string[][] = []
  for (let i = 0; i < files.length; i += CHUNK) chunks.push(files.slice(i, i + CHUNK))
  const toParse = new Set(todo)
  const ahead = 2 * workers
  const pending: Promise<Map<string, PreparedArticle>>[] = []
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
  private readonly exited = new Set<Worker>()

  constructor(size: number, private readonly heapMb: number) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn())
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_BOOT, { eval: true, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } })
    // A worker's failure is handled where it was asked for a chunk (it exits without answering);
    // this listener only keeps an idle worker's failure from being an uncaught error.
    worker.on('error', () => {})
    worker.once('exit', () => this.exited.add(worker))
    this.all.push(worker)
    return worker
  }

  /**
   * The prepared articles of a chunk. A worker that fails (a file too big for its heap) answers
   * nothing for the chunk, whose files the import then parses itself, and is replaced.
   */
  async prepare(paths: string[]): Promise<PreparedBatch> {
    while (!this.idle.length) await new Promise<void>((resolve) => this.waiting.push(resolve))
    let worker = this.idle.pop()!
    if (this.exited.has(worker)) worker = this.spawn()
    try {
      return await new Promise<PreparedBatch>((resolve) => {
        const answered = (batch: PreparedBatch) => {
          worker.off('exit', gone)
          resolve(batch)
        }
        const gone = () => {
          worker.off('message', answered)
          worker = this.spawn()
          resolve([])
        }
        worker.once('message', answered)
        worker.once('exit', gone)
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
