import { describe, expect, it } from 'vitest'
import { isBlank, newDraftId, parseDraft, serializeDraft, type FeedbackDraft } from './feedbackDraftModel'

const id = () => 'fresh-id-0000000000'
const draft: FeedbackDraft = { draftId: 'a1b2c3d4e5f6a7b8c9d0', name: 'Hoa', email: 'hoa@example.vn', topic: 'khac', article: '', message: 'Chào <b>ban</b>' }

describe('feedback draft storage', () => {
  it('reads back exactly what it wrote', () => {
    expect(parseDraft(serializeDraft(draft), id)).toEqual(draft)
  })

  it('starts a fresh draft with a new id when nothing is stored or the stored text is not JSON', () => {
    for (const raw of [null, '', '{not json', '"a string"', '42', 'null', '[]']) {
      expect(parseDraft(raw, id), String(raw)).toEqual({ draftId: 'fresh-id-0000000000', name: '', email: '', topic: '', article: '', message: '' })
    }
  })

  it('keeps the good fields and empties the corrupt or hostile ones, one by one', () => {
    const raw = JSON.stringify({ draftId: '<script>', name: { toString: 1 }, email: 7, topic: 'spam', article: null, message: 'giữ lại' })
    expect(parseDraft(raw, id)).toEqual({ draftId: 'fresh-id-0000000000', name: '', email: '', topic: '', article: '', message: 'giữ lại' })
  })

  it('caps an absurdly long stored field instead of loading it whole', () => {
    expect(parseDraft(JSON.stringify({ ...draft, message: 'a'.repeat(1_000_000) }), id).message.length).toBe(10_000)
  })

  it('makes 32-hex-digit draft ids that differ', () => {
    const a = newDraftId()
    expect(a).toMatch(/^[0-9a-f]{32}$/)
    expect(newDraftId()).not.toBe(a)
  })

  it('calls a draft blank until something is typed (the topic alone is a preset, not typing)', () => {
    expect(isBlank({ name: ' ', email: '', topic: 'tiep-can', article: '', message: '\n' })).toBe(true)
    expect(isBlank({ name: '', email: '', topic: '', article: '', message: 'a' })).toBe(false)
  })
})
