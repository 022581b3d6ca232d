import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import { LecternSource } from '../sources/lectern'
import type { SearchReply, SearchRequest } from './searchPool'

// One search thread: its own read-only connection to the imported database (WAL lets it read
// while the main thread writes), and the very code the main thread would run, so answers are equal.
const db = new Database((workerData as { databaseFile: string }).databaseFile, { readonly: true, fileMustExist: true })
const source = new LecternSource(db)
source.loadSearchScores()

parentPort?.postMessage({ ready: true } satisfies SearchReply)
parentPort?.on('message', ({ id, query }: SearchRequest) => {
  source.search(query).then(
    (result) => parentPort?.postMessage({ id, result } satisfies SearchReply),
    (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies SearchReply),
  )
})
