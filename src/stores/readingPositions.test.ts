import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ReadingPosition } from '../reading/positions'
import { STORAGE_KEYS } from '../storage/persisted'
import { useReadingPositionsStore } from './readingPositions'

const at = (percent: number, slug = 'bai-a'): ReadingPosition => ({
  slug, title: 'Bài A', language: 'vi', block: 3, section: null, percent, readingMinutes: 5, savedAt: 1000 + percent,
})

function memoryStorage(full = false) {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError')
      items.set(key, value)
    },
    removeItem: (key: string) => items.delete(key),
  }
}

describe('reading positions store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('keeps 2–95 %, leaves an earlier place alone on a glance under 2 %, forgets a finished article', () => {
    const storage = memoryStorage()
    vi.stubGlobal('localStorage', storage)
    const store = useReadingPositionsStore()
    store.record(at(40))
    store.record(at(1))
    expect(store.positionOf('bai-a')?.percent).toBe(40)
    expect(JSON.parse(storage.items.get(STORAGE_KEYS.readingPositions)!).entries[0].percent).toBe(40)
    store.record(at(97))
    expect(store.positionOf('bai-a')).toBeUndefined()
  })

  it('works for the visit when storage is full or blocked', () => {
    vi.stubGlobal('localStorage', memoryStorage(true))
    const store = useReadingPositionsStore()
    store.record(at(50))
    expect(store.entries.map((e) => e.slug)).toEqual(['bai-a'])
  })

  it('turning the history off forgets and records nothing more', () => {
    const storage = memoryStorage()
    vi.stubGlobal('localStorage', storage)
    const store = useReadingPositionsStore()
    store.record(at(30))
    store.setEnabled(false)
    store.record(at(60, 'bai-b'))
    expect(store.entries).toEqual([])
    expect(JSON.parse(storage.items.get(STORAGE_KEYS.readingPositions)!)).toMatchObject({ enabled: false, entries: [] })
  })
})
