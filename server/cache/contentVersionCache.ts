import { ByteLru } from './byteLru'

export interface ContentVersionCacheOptions {
  /** The content's version now (see ContentSource.version); undefined when the source cannot tell. */
  currentVersion: () => string | undefined
  maxBytes: number
  maxEntries?: number
  /** Without a version (a WordPress site) how long a value is kept; 0 keeps nothing. */
  unversionedTtlMs: number
  now?: () => number
}

/**
 * Values made from the content (whole API answers, rendered pages), kept for one version of it.
 * The one invalidation path on a new content version: the first look after the version changed
 * forgets everything at once, and a value made from an older version is never kept.
 */
export class ContentVersionCache<V> {
  private readonly entries: ByteLru<{ value: V; expires: number }>
  private version: string | undefined
  private readonly now: () => number

  constructor(private readonly options: ContentVersionCacheOptions) {
    this.entries = new ByteLru(options.maxBytes, options.maxEntries)
    this.version = options.currentVersion()
    this.now = options.now ?? Date.now
  }

  /** The version values are made from now (read it before making one, and hand it to `set`). */
  currentVersion(): string | undefined {
    const current = this.options.currentVersion()
    if (current !== this.version) {
      this.entries.clear()
      this.version = current
    }
    return current
  }

  get(key: string): V | undefined {
    this.currentVersion()
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expires >= this.now()) return entry.value
    this.entries.delete(key)
    return undefined
  }

  /** Keeps `value`, made from the content at `madeFrom`, unless the content has changed since. */
  set(key: string, value: V, bytes: number, madeFrom: string | undefined): void {
    if (madeFrom !== this.currentVersion()) return
    if (madeFrom === undefined && this.options.unversionedTtlMs <= 0) return
    const expires = madeFrom === undefined ? this.now() + this.options.unversionedTtlMs : Number.POSITIVE_INFINITY
    this.entries.set(key, { value, expires }, bytes)
  }

  get size(): { entries: number; bytes: number } {
    return this.entries.size
  }
}
