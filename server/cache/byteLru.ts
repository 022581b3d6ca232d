/**
 * The server's one LRU: a map that forgets its least recently used entries past a total size in
 * bytes (and, when given, a number of entries). Every in-memory cache of the server is one of these.
 */
export class ByteLru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>()
  private total = 0

  constructor(private readonly maxBytes: number, private readonly maxEntries = Number.POSITIVE_INFINITY) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }

  set(key: string, value: V, bytes: number): void {
    this.delete(key)
    if (bytes > this.maxBytes) return
    this.entries.set(key, { value, bytes })
    this.total += bytes
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.maxBytes && this.entries.size <= this.maxEntries) break
      this.entries.delete(oldest)
      this.total -= entry.bytes
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.total -= entry.bytes
  }

  clear(): void {
    this.entries.clear()
    this.total = 0
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.total }
  }
}
