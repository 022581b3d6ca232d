import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storeKinds } from '../test/stores'
import { keepHouse } from './housekeeping'
import type { FeedbackStore } from './store'

describe.each(storeKinds())('retention with the $name store', (kind) => {
  let store: FeedbackStore
  beforeAll(async () => {
    store = await kind.open()
  })
  afterAll(async () => store?.close())

  it('deletes feedback older than FEEDBACK_RETENTION_DAYS, keeps the rest, and forgets expired sessions', async () => {
    const now = new Date('2026-06-01T00:00:00Z')
    const base = { name: 'A', topic: 'khac' as const, message: 'm' }
    const old = await store.submit({ ...base, draftId: 'retention-old-000001' }, new Date('2025-05-31T23:00:00Z'))
    const kept = await store.submit({ ...base, draftId: 'retention-kept-00001' }, new Date('2025-06-02T00:00:00Z'))
    await store.setSession('expired', '{}', new Date('2026-05-31T00:00:00Z'))
    expect(await keepHouse(store, 365, now)).toBe(1)
    expect(await store.find(old.reference)).toBeUndefined()
    expect(await store.find(kept.reference)).toBeDefined()
    expect(await store.getSession('expired', new Date('2026-01-01T00:00:00Z'))).toBeUndefined()
  })
})
