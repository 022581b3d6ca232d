import { mkdirSync } from 'node:fs'
import { readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { PoliteFetcher } from '../fetch/politeFetcher'
import { rasterType } from './rasterType'

export type PictureAnswer = { kind: 'picture'; type: string; bytes: Buffer } | { kind: 'unknown' } | { kind: 'refused'; reason: string } | { kind: 'unavailable'; reason: string }

const HASH = /^[0-9a-f]{32}$/

/**
 * The portal's pictures, served by Lectern: fetched from the origin on first request (politely,
 * through the sync's fetcher and its limits), kept on disk under a size cap (the least recently
 * served go first, by file time), and served only when their bytes are a raster type.
 */
export class PictureCache {
  private bytes = -1
  private readonly inFlight = new Map<string, Promise<PictureAnswer>>()

  constructor(
    private readonly options: { dir: string; capBytes: number; fetcher: PoliteFetcher; urlOf: (hash: string) => string | undefined },
  ) {
    mkdirSync(options.dir, { recursive: true })
  }

  async get(hash: string): Promise<PictureAnswer> {
    if (!HASH.test(hash)) return { kind: 'unknown' }
    const url = this.options.urlOf(hash)
    if (!url) return { kind: 'unknown' }
    const file = join(this.options.dir, hash)
    const kept = await readFile(file).catch(() => undefined)
    const keptType = kept && rasterType(kept)
    if (kept && keptType) {
      const now = new Date()
      await utimes(file, now, now).catch(() => undefined)
      return { kind: 'picture', type: keptType, bytes: kept }
    }
    let pending = this.inFlight.get(hash)
    if (!pending) {
      pending = this.fetchAndKeep(url, file).finally(() => this.inFlight.delete(hash))
      this.inFlight.set(hash, pending)
    }
    return pending
  }

  private async fetchAndKeep(url: string, file: string): Promise<PictureAnswer> {
    const result = await this.options.fetcher.fetch(url, {}, 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9')
    if (result.kind !== 'ok') return { kind: 'unavailable', reason: result.kind === 'failed' ? result.reason : `HTTP ${result.kind === 'gone' ? result.status : 304}` }
    const type = rasterType(result.body)
    if (!type) return { kind: 'refused', reason: 'not a PNG, JPEG, GIF, WebP or AVIF picture' }
    const temporary = `${file}.${process.pid}.tmp`
    await writeFile(temporary, result.body)
    await rename(temporary, file)
    await this.keepUnderCap(result.body.length)
    return { kind: 'picture', type, bytes: result.body }
  }

  /** Counts the cache once, then keeps a running total; past the cap, the oldest files go until it is 90 % full. */
  private async keepUnderCap(added: number): Promise<void> {
    if (this.bytes < 0) this.bytes = (await this.files()).reduce((sum, f) => sum + f.size, 0)
    else this.bytes += added
    if (this.bytes <= this.options.capBytes) return
    const files = (await this.files()).sort((a, b) => a.mtimeMs - b.mtimeMs)
    this.bytes = files.reduce((sum, f) => sum + f.size, 0)
    for (const f of files) {
      if (this.bytes <= this.options.capBytes * 0.9) break
      await unlink(f.path).catch(() => undefined)
      this.bytes -= f.size
    }
  }

  private async files(): Promise<{ path: string; size: number; mtimeMs: number }[]> {
    const names = (await readdir(this.options.dir)).filter((name) => HASH.test(name))
    const stats = await Promise.all(names.map(async (name) => {
      const path = join(this.options.dir, name)
      const s = await stat(path).catch(() => undefined)
      return s ? [{ path, size: s.size, mtimeMs: s.mtimeMs }] : []
    }))
    return stats.flat()
  }
}
