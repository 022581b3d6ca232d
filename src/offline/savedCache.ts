import { CACHES } from '../../core/offline'

export class SaveError extends Error {
  constructor(readonly reason: 'noSpace' | 'needsConnection' | 'unsupported') {
    super(reason)
  }
}

/**
 * Keeps the given addresses (the article's page, its data, its images) in the saved cache, which
 * the service worker answers from offline and never expires. Returns the bytes they take.
 */
export async function keepCopies(urls: string[]): Promise<number> {
  if (typeof caches === 'undefined') throw new SaveError('unsupported')
  const cache = await caches.open(CACHES.saved)
  let bytes = 0
  for (const url of urls) {
    let response: Response
    try {
      response = await fetch(url, { credentials: 'same-origin' })
    } catch {
      throw new SaveError('needsConnection')
    }
    if (!response.ok) throw new SaveError('needsConnection')
    bytes += (await response.clone().blob()).size
    try {
      await cache.put(url, response)
    } catch (error) {
      await dropCopies(urls)
      throw error instanceof DOMException && error.name === 'QuotaExceededError' ? new SaveError('noSpace') : error
    }
  }
  return bytes
}

export async function dropCopies(urls: string[]): Promise<void> {
  if (typeof caches === 'undefined') return
  const cache = await caches.open(CACHES.saved)
  await Promise.all(urls.map((url) => cache.delete(url)))
}

export async function dropAllCopies(): Promise<void> {
  if (typeof caches !== 'undefined') await caches.delete(CACHES.saved)
}
