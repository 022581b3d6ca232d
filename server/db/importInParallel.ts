import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Db } from './schema'
import { importContent, markdownFiles, sha, type ImportReport, type PreparedBody } from './importContent'

// The worker is TypeScript like the rest of the server: it registers tsx itself, whatever started
// this process (node --import tsx, vitest), then loads the worker module.
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./prepareWorker.ts', import.meta.url).href)}) })`

/** A worker's answer: the prepared bodies of the files it was given, by file hash. */
export type PreparedBatch = [hash: string, body: PreparedBody][]

/**
 * The same import as `importContent`, with the Markdown of new and changed articles parsed in
 * worker threads first (parsing is ~90 % of an import: 10,000 articles take minutes on one core).
 * The database is written by this thread alone, in one transaction, as before.
 */
export async function importInParallel(
  db: Db,
  contentDir: string,
  { workers = Math.min(availableParallelism(), 4), minFiles = 200 }: { workers?: number; minFiles?: number } = {},
): Promise<ImportReport> {
  const dir = join(contentDir, 'articles')
  const known = new Set((db.prepare('SELECT content_hash AS hash FROM articles').all() as { hash: string }[]).map((row) => row.hash))
  const todo = markdownFiles(dir).map((file) => join(dir, file)).filter((file) => !known.has(sha(readFileSync(file, 'utf8'))))
  const prepared = new Map<string, PreparedBody>()
  // Below a few hundred files a worker's start-up (loading the Markdown pipeline) costs more than it saves.
  if (todo.length >= minFiles && workers > 1) {
    const share = Math.ceil(todo.length / workers)
    const batches = await Promise.all(
      Array.from({ length: workers }, (_, i) => prepareInWorker(todo.slice(i * share, (i + 1) * share))),
    )
    for (const batch of batches) for (const [hash, body] of batch) prepared.set(hash, body)
  }
  return importContent(db, contentDir, prepared)
}

function prepareInWorker(files: string[]): Promise<PreparedBatch> {
  if (!files.length) return Promise.resolve([])
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BOOT, { eval: true, workerData: files })
    worker.once('message', (batch: PreparedBatch) => resolve(batch))
    worker.once('error', reject)
    worker.once('exit', (code) => code !== 0 && reject(new Error(`an import worker stopped with code ${code}`)))
  })
}
