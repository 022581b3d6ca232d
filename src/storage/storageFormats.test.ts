import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useFeedbackDraftStore } from '../stores/feedbackDraft'
import { usePreferencesStore } from '../stores/preferences'
import { useReadingPositionsStore } from '../stores/readingPositions'
import { useReadingToolsStore } from '../stores/readingTools'
import { useSavedArticlesStore } from '../stores/savedArticles'
import { STORAGE_KEYS, persisted } from './persisted'

/**
 * What readers already have on their devices, written out literally (keys and text) as earlier
 * versions stored it: every one must still load, so no preference, position or draft is lost.
 */
const items = new Map<string, string>()
let blocked = false

beforeEach(() => {
  items.clear()
  blocked = false
  const guard = () => {
    if (blocked) throw new DOMException('blocked', 'SecurityError')
  }
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => (guard(), items.get(k) ?? null),
    setItem: (k: string, v: string) => (guard(), items.set(k, v)),
    removeItem: (k: string) => (guard(), items.delete(k)),
  })
  vi.stubGlobal('window', { addEventListener: () => undefined })
  vi.stubGlobal('document', { documentElement: { style: { setProperty: () => undefined }, setAttribute: () => undefined }, cookie: '' })
  setActivePinia(createPinia())
})
afterEach(() => vi.unstubAllGlobals())

const position = { slug: 'bai-a', title: 'Bài A', language: 'vi', section: { id: 'muc-1', title: 'Mục 1' }, percent: 40, readingMinutes: 5 }

describe('the storage keys', () => {
  it('stay the ones readers already have', () => {
    expect(STORAGE_KEYS).toEqual({
      preferences: 'lectern.preferences',
      feedbackDraft: 'lectern.feedbackDraft',
      readingTools: 'lectern.readingTools',
      readingPositions: 'lectern.readingPositions',
      savedArticles: 'lectern.saved',
    })
  })
})

describe('what is already stored still loads', () => {
  it('preferences, version 2 and version 1', () => {
    items.set('lectern.preferences', '{"version":2,"textScale":1.5,"lineHeight":1.8,"letterSpacing":0.12,"wordSpacing":0,"paragraphSpacing":2,'
      + '"font":"legible","theme":"sepia","lineLength":"narrow","motion":"reduce","locale":"vi","keyboardShortcuts":false}')
    const store = usePreferencesStore()
    store.restore({ localeFromCookie: false })
    expect({ textScale: store.textScale, font: store.font, theme: store.theme, keyboardShortcuts: store.keyboardShortcuts })
      .toEqual({ textScale: 1.5, font: 'legible', theme: 'sepia', keyboardShortcuts: false })
    // Written back in the same shape, same key.
    expect(JSON.parse(items.get('lectern.preferences')!)).toMatchObject({ version: 2, textScale: 1.5, lineHeight: 1.8, paragraphSpacing: 2, motion: 'reduce' })

    setActivePinia(createPinia())
    items.set('lectern.preferences', '{"version":1,"textScale":2,"locale":"en"}')
    const older = usePreferencesStore()
    older.restore({ localeFromCookie: false })
    expect([older.textScale, older.locale]).toEqual([2, 'en'])
  })

  it('the feedback draft', () => {
    items.set('lectern.feedbackDraft', '{"version":1,"draftId":"abcdef0123456789abcdef0123456789",'
      + '"name":"Hoa","email":"hoa@example.vn","topic":"khac","article":"","message":"Xin chào"}')
    const store = useFeedbackDraftStore()
    store.restore()
    expect(store.restored).toBe(true)
    expect(store.draftId).toBe('abcdef0123456789abcdef0123456789')
    expect({ ...store.fields }).toEqual({ name: 'Hoa', email: 'hoa@example.vn', topic: 'khac', article: '', message: 'Xin chào' })
    store.fields.message = 'Xin chào!'
    expect(JSON.parse(items.get('lectern.feedbackDraft')!)).toEqual({
      version: 1, draftId: 'abcdef0123456789abcdef0123456789', name: 'Hoa', email: 'hoa@example.vn', topic: 'khac', article: '', message: 'Xin chào!',
    })
  })

  it('listening speed, voices and line focus', () => {
    items.set('lectern.readingTools', '{"version":1,"speed":1.25,"voices":{"vi":"Google tiếng Việt"},"lineFocus":3}')
    const store = useReadingToolsStore()
    store.load()
    expect([store.speed, store.voices, store.lineFocus]).toEqual([1.25, { vi: 'Google tiếng Việt' }, 3])
  })

  it('reading positions, version 2 and the version 1 bare array', () => {
    items.set('lectern.readingPositions', JSON.stringify({ version: 2, enabled: true, entries: [{ ...position, block: 7, savedAt: 1000 }] }))
    const store = useReadingPositionsStore()
    store.load()
    expect(store.positionOf('bai-a')).toMatchObject({ block: 7, percent: 40, savedAt: 1000 })

    setActivePinia(createPinia())
    items.set('lectern.readingPositions', JSON.stringify([{ ...position, paragraph: 4, at: 2000 }]))
    const older = useReadingPositionsStore()
    older.load()
    expect(older.positionOf('bai-a')).toMatchObject({ block: 4, savedAt: 2000 })
  })

  it('the saved articles list', () => {
    const saved = {
      slug: 'bai-a', title: 'Bài A', language: 'vi', category: { slug: 'tin', name: 'Tin' },
      savedAt: '2026-11-27T03:00:00.000Z', bytes: 1200, urls: ['/bai-viet/bai-a'],
    }
    items.set('lectern.saved', JSON.stringify([saved]))
    const store = useSavedArticlesStore()
    store.load()
    expect(store.items).toEqual([saved])
  })
})

describe('persisted', () => {
  const counter = persisted(STORAGE_KEYS.readingTools, {
    decode: (raw) => Number(raw ?? 0),
    encode: (value: number) => (value ? String(value) : null),
  })

  it('reads the codec’s value, writes its text, and removes the key when there is nothing to keep', () => {
    expect(counter.read()).toBe(0)
    expect(counter.write(3)).toBe(true)
    expect(items.get('lectern.readingTools')).toBe('3')
    expect(counter.write(0)).toBe(true)
    expect(items.has('lectern.readingTools')).toBe(false)
  })

  it('reads blocked storage as empty and says a write did not stick, without throwing', () => {
    items.set('lectern.readingTools', '5')
    blocked = true
    expect(counter.read()).toBe(0)
    expect(counter.write(4)).toBe(false)
    expect(() => counter.remove()).not.toThrow()
  })
})
