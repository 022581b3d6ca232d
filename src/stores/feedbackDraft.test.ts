import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useFeedbackDraftStore } from './feedbackDraft'
import { STORAGE_KEYS } from '../storage/persisted'

const storage = new Map<string, string>()
const sent: { draftId: string; message: string }[] = []

function answer(...responses: (Response | Error)[]): void {
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
    sent.push(JSON.parse(String(init.body)))
    const next = responses.shift() ?? new Error('no more answers')
    if (next instanceof Error) throw next
    return next
  }))
}
const ok = (reference: string) => new Response(JSON.stringify({ reference, receivedAt: '2026-11-27T03:00:00.000Z' }), { status: 201 })

beforeEach(() => {
  storage.clear()
  sent.length = 0
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => storage.set(k, v),
    removeItem: (k: string) => storage.delete(k),
  })
  setActivePinia(createPinia())
})
afterEach(() => vi.unstubAllGlobals())

async function typedDraft() {
  const store = useFeedbackDraftStore()
  store.restore() // as the form does once mounted
  Object.assign(store.fields, { name: 'Hoa', topic: 'khac', message: 'Xin chào' })
  return store
}

describe('the feedback draft store', () => {
  it('saves the draft on every change and brings it back in a new session', async () => {
    const store = await typedDraft()
    const saved = JSON.parse(storage.get(STORAGE_KEYS.feedbackDraft)!)
    expect(saved).toMatchObject({ draftId: store.draftId, name: 'Hoa', message: 'Xin chào' })
    setActivePinia(createPinia()) // a reload
    const again = useFeedbackDraftStore()
    again.restore() // as the form does once mounted
    expect(again.draftId).toBe(store.draftId)
    expect(again.fields.message).toBe('Xin chào')
    expect(again.restored).toBe(true)
  })

  it('keeps the draft and its id when a send fails, resends the same id, and clears it once answered', async () => {
    const store = await typedDraft()
    const id = store.draftId
    answer(new TypeError('Failed to fetch'), new Response('{}', { status: 500 }), ok('GY-2026-000007'))
    await store.send('vi')
    expect(store.state).toBe('failed')
    expect(store.failure?.kind).toBe('Network')
    expect(store.fields.message).toBe('Xin chào')
    expect(storage.has(STORAGE_KEYS.feedbackDraft)).toBe(true)
    await store.send('vi')
    expect(store.failure?.kind).toBe('Server')
    await store.send('vi')
    expect(store.state).toBe('sent')
    expect(store.receipt?.reference).toBe('GY-2026-000007')
    expect(sent.map((s) => s.draftId)).toEqual([id, id, id])
    expect(store.fields.message).toBe('')
    expect(store.draftId).not.toBe(id)
    expect(storage.has(STORAGE_KEYS.feedbackDraft)).toBe(false)
  })

  it('sends once however often it is asked while a send is under way', async () => {
    const store = await typedDraft()
    answer(ok('GY-2026-000008'))
    await Promise.all([store.send('vi'), store.send('vi'), store.send('vi')])
    expect(sent).toHaveLength(1)
  })

  it('sends trimmed text and leaves empty optional fields out', async () => {
    const store = await typedDraft()
    store.fields.name = '  Hoa  '
    store.fields.email = '   '
    answer(ok('GY-2026-000009'))
    await store.send('en')
    expect(sent[0]).toEqual({ draftId: expect.any(String), name: 'Hoa', topic: 'khac', message: 'Xin chào', language: 'en' })
  })
})

describe('restoring after the page is rendered', () => {
  it('brings a saved draft back over a topic preset from the address, and keeps the preset when the draft had none', async () => {
    const store = await typedDraft()
    Object.assign(store.fields, { topic: '' })
    setActivePinia(createPinia()) // a reload of /gop-y?chu-de=tiep-can
    const again = useFeedbackDraftStore()
    again.presetTopic('tiep-can') // during setup, before the form is mounted
    again.restore()
    expect(again.fields.message).toBe('Xin chào')
    expect(again.fields.topic).toBe('tiep-can')
    expect(again.restored).toBe(true)
  })

  it('leaves a form the reader has already typed in alone', async () => {
    await typedDraft()
    setActivePinia(createPinia())
    const again = useFeedbackDraftStore()
    again.fields.message = 'Mới'
    again.restore()
    expect(again.fields.message).toBe('Mới')
    expect(again.restored).toBe(false)
  })
})
