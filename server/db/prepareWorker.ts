import { readFileSync } from 'node:fs'
import { parentPort } from 'node:worker_threads'
import { ArticleFrontMatter, readFrontMatter } from '../content/frontMatter'
import { prepareBody, sha } from './importContent'
import type { PreparedBatch } from './importInParallel'

// Parses the article files of each chunk it is sent (paths) and answers their prepared bodies by
// file hash. A file that does not parse is left out: the import parses it again and reports why.
parentPort?.on('message', (files: string[]) => {
  const batch: PreparedBatch = []
  for (const file of files) {
    try {
      const source = readFileSync(file, 'utf8')
      const { body } = readFrontMatter(ArticleFrontMatter, source, file)
      batch.push([sha(source), prepareBody(body)])
    } catch {
      // reported by the import itself
    }
  }
  parentPort?.postMessage(batch)
})
