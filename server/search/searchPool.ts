import { Worker } from 'node:worker_threads'
import type { Paged, SearchHit } from '../../core/types'
import type { PageQuery } from '../../core/contentSource'

export type SearchQuery = PageQuery & { q: string }
export interface SearchRequest { id: number; query: SearchQuery }
export type SearchReply = { id: number; result: Paged<SearchHit> } | { id: number; error: string } | { ready: true }

/** A search that would wait past the limit: the API answers 503 with Retry-After (problemErrorHandler). */
export class SearchOverloaded extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Lectern has more searches than it can answer right now. Please try again in a moment.')
  }
}

// Workers are TypeScript like the rest of the server: each registers tsx, whatever started this
// process (node --import tsx, vitest), then loads the worker module (as the import's workers do).
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./searchWorker.ts', import.meta.url).href)}) })`

interface Job {
  id: number
  query: SearchQuery
  queuedAt: number
  resolve: (result: Paged<SearchHit>) => void
  reject: (error: Error) => void
}

export interface SearchPoolOptions {
  /** Search threads. */
  size: number
  /** The longest a search may wait for a thread before it is answered 503 instead; 0: no limit. */
  maxWaitMs: number
  retryAfterSeconds: number
}

/**
 * Searches run in worker threads. Ranking thousands of matches is CPU work that SQLite does
 * synchronously: on the main thread every request behind a search waited for it, one search at a
 * time on one core. Here several run at once, on every core, while the main thread keeps reading
 * requests and answering from its caches. A search that would wait longer than `maxWaitMs` for a
 * thread (judged from the queue and recent search times when it arrives, and again when its turn
 * comes) is refused with SearchOverloaded, so readers get a quick 503 rather than a long wait.
 */
export class SearchPool {
  private readonly idle: Worker[] = []
  private readonly running = new Map<number, { job: Job; worker: Worker }>()
  private readonly queue: Job[] = []
  private nextId = 0
  /** Recent time one search takes in a thread (ms), a moving average. */
  private searchMs = 5
  private size: number
  private starting?: Promise<void>
  private up = false

  constructor(private readonly databaseFile: string, private readonly options: SearchPoolOptions) {
    this.size = options.size
  }

  /**
   * Starts the threads; settles once each has loaded its code and opened the database (or failed).
   * Until then searches are not sent to them (`available` is false), or they would all wait.
   */
  start(): Promise<void> {
    this.starting ??= Promise.all(Array.from({ length: this.options.size }, () => {
      const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { databaseFile: this.databaseFile } })
      worker.on('message', (reply: SearchReply) => this.answered(worker, reply))
      worker.on('error', (error) => this.failed(worker, error))
      this.idle.push(worker)
      return new Promise<void>((resolve) => {
        worker.once('message', () => resolve())
        worker.once('error', () => resolve())
      })
    })).then(() => {
      this.up = true
    })
    return this.starting
  }

  /** True once the threads are up; false again if every one has failed. */
  get available(): boolean {
    return this.up && this.size > 0
  }

  search(query: SearchQuery): Promise<Paged<SearchHit>> {
    const { maxWaitMs, retryAfterSeconds } = this.options
    const expectedWaitMs = this.idle.length ? 0 : Math.ceil((this.queue.length + 1) / this.size) * this.searchMs
    if (maxWaitMs > 0 && expectedWaitMs > maxWaitMs) return Promise.reject(new SearchOverloaded(retryAfterSeconds))
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, query, queuedAt: performance.now(), resolve, reject })
      this.dispatch()
    })
  }

  /** Stops the threads (after the server has answered its requests); a search still waiting fails. */
  async close(): Promise<void> {
    const workers = [...this.idle, ...[...this.running.values()].map((r) => r.worker)]
    const closed = new Error('Lectern is stopping.')
    for (const { job } of this.running.values()) job.reject(closed)
    for (const job of this.queue.splice(0)) job.reject(closed)
    this.running.clear()
    this.size = 0
    this.idle.length = 0
    await Promise.all(workers.map((worker) => worker.terminate()))
  }

  private dispatch(): void {
    const { maxWaitMs, retryAfterSeconds } = this.options
    while (this.idle.length && this.queue.length) {
      const job = this.queue.shift()!
      // Waited past the limit after all (searches got slower): a 503 now beats an answer later.
      if (maxWaitMs > 0 && performance.now() - job.queuedAt > maxWaitMs) {
        job.reject(new SearchOverloaded(retryAfterSeconds))
        continue
      }
      const worker = this.idle.pop()!
      this.running.set(job.id, { job, worker })
      job.queuedAt = performance.now()
      worker.postMessage({ id: job.id, query: job.query } satisfies SearchRequest)
    }
  }

  private answered(worker: Worker, reply: SearchReply): void {
    if ('ready' in reply) return
    const running = this.running.get(reply.id)
    if (!running) return
    this.running.delete(reply.id)
    this.searchMs = 0.8 * this.searchMs + 0.2 * (performance.now() - running.job.queuedAt)
    if ('result' in reply) running.job.resolve(reply.result)
    else running.job.reject(new Error(reply.error))
    this.idle.push(worker)
    this.dispatch()
  }

  /** A thread that crashed is not replaced; its search fails, the others go on. */
  private failed(worker: Worker, error: Error): void {
    this.size--
    for (const [id, running] of this.running) {
      if (running.worker !== worker) continue
      this.running.delete(id)
      running.job.reject(error)
    }
    const at = this.idle.indexOf(worker)
    if (at >= 0) this.idle.splice(at, 1)
    if (!this.size) for (const job of this.queue.splice(0)) job.reject(error)
    this.dispatch()
  }
}
