import { basename } from 'node:path'
import { parentPort } from 'node:worker_threads'
import { prepareArticle, readArticle } from './importContent'
import type { PreparedBatch } from './importInParallel'

// Reads and parses the article files of each chunk it is sent (paths) and answers them prepared,
// by file name. A file that does not read or parse is left out: the import reads it again and
// reports why.
parentPort?.on('message', (paths: string[]) => {
  const batch: PreparedBatch = []
  for (const path of paths) {
    try {
      const file = basename(path)
      batch.push([file, prepareArticle(readArticle(path, file))])
    } catch {
      // reported by the import itself
    }
  }
  parentPort?.postMessage(batch)
})
