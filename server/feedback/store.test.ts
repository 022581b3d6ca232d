import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FeedbackSubmission } from '../../core/feedbackRules'
import { storeKinds } from '../test/stores'
import type { FeedbackStore } from './store'

let drafts = 0
const submission = (change: Partial<FeedbackSubmission> = {}): FeedbackSubmission => ({
  draftId: `store-draft-${String(++drafts).padStart(8, '0')}`, name: 'Nguyễn Thị Hoa', email: 'hoa@example.vn', topic: 'tiep-can',
  message: 'Ảnh trong bài chưa có mô tả.', ...change,
})

describe.each(storeKinds())('the $name feedback store', (kind) => {
  let store: FeedbackStore
  beforeAll(async () => {
    store = await kind.open({ notify: true })
  })
  afterAll(async () => store?.close())

  describe('feedback', () => {
    it('numbers a submission GY-year-000001 and answers a resent draft with the first receipt', async () => {
      const input = submission()
      const first = await store.submit(input, new Date('2026-03-01T02:00:00Z'))
      expect(first).toMatchObject({ reference: expect.stringMatching(/^GY-2026-\d{6}$/), duplicate: false })
      const again = await store.submit(input)
      expect(again).toEqual({ ...first, duplicate: true })
      expect(await store.find(first.reference)).toMatchObject({ name: 'Nguyễn Thị Hoa', status: 'new', receivedAt: '2026-03-01T02:00:00.000Z' })
    })

    it('stores three racing resends of one draft as one row', async () => {
      const input = submission({ message: 'race-marker' })
      const receipts = await Promise.all([store.submit(input), store.submit(input), store.submit(input)])
      expect(new Set(receipts.map((r) => r.reference)).size).toBe(1)
      expect(await store.count('race-marker')).toBe(1)
    })

    it('lists newest first, oldest first on request, and pages', async () => {
      const mine = `paging-${Date.now()}`
      for (let day = 1; day <= 5; day++) await store.submit(submission({ message: `${mine} ${day}` }), new Date(`2025-01-0${day}T05:00:00Z`))
      const newest = await store.list({ text: mine }, { offset: 0, limit: 2 })
      expect(newest.total).toBe(5)
      expect(newest.items.map((i) => i.message)).toEqual([`${mine} 5`, `${mine} 4`])
      const oldest = await store.list({ text: mine, order: 'oldest' }, { offset: 2, limit: 2 })
      expect(oldest.items.map((i) => i.message)).toEqual([`${mine} 3`, `${mine} 4`])
    })

    it('filters by topic, status, date range and reference', async () => {
      const a = await store.submit(submission({ topic: 'ky-thuat', message: 'filter-a' }), new Date('2024-06-10T01:00:00Z'))
      await store.submit(submission({ topic: 'noi-dung', message: 'filter-b' }), new Date('2024-06-12T01:00:00Z'))
      await store.setStatus(a.reference, 'answered', 'bientap')
      expect((await store.list({ topic: 'ky-thuat', text: 'filter-' }, { offset: 0, limit: 10 })).items.map((i) => i.message)).toEqual(['filter-a'])
      expect((await store.list({ status: 'answered', text: 'filter-' }, { offset: 0, limit: 10 })).items.map((i) => i.message)).toEqual(['filter-a'])
      const range = await store.list({ from: '2024-06-11T00:00:00Z', to: '2024-06-13T00:00:00Z', text: 'filter-' }, { offset: 0, limit: 10 })
      expect(range.items.map((i) => i.message)).toEqual(['filter-b'])
      expect((await store.list({ text: a.reference.toLowerCase() }, { offset: 0, limit: 10 })).items.map((i) => i.reference)).toEqual([a.reference])
    })

    it.each([
      ["' OR '1'='1"], ['%'], ['_'], ['\\'], ['"; DROP TABLE feedback; --'], ["') OR 1=1 --"], ['$1'],
    ])('treats the SQL metacharacters %s in a search as plain text', async (text) => {
      const before = await store.count()
      const hit = await store.submit(submission({ message: `has ${text} inside` }))
      const result = await store.list({ text }, { offset: 0, limit: 100 })
      expect(result.items.map((i) => i.reference)).toContain(hit.reference)
      expect(result.items.every((i) => i.message.toLowerCase().includes(text.toLowerCase()) || i.reference === text.toUpperCase())).toBe(true)
      expect(await store.count()).toBe(before + 1)
    })

    it('records status changes and notes with who and when', async () => {
      const { reference } = await store.submit(submission())
      expect(await store.setStatus(reference, 'in-progress', 'lan', new Date('2026-01-02T03:00:00Z'))).toBe(true)
      expect(await store.addNote(reference, 'Đã chuyển phòng kỹ thuật', 'minh', new Date('2026-01-02T04:00:00Z'))).toBe(true)
      expect(await store.events(reference)).toEqual([
        { at: '2026-01-02T03:00:00.000Z', editor: 'lan', status: 'in-progress', note: null },
        { at: '2026-01-02T04:00:00.000Z', editor: 'minh', status: null, note: 'Đã chuyển phòng kỹ thuật' },
      ])
      expect((await store.find(reference))?.status).toBe('in-progress')
      expect(await store.setStatus('GY-1999-999999', 'closed', 'lan')).toBe(false)
    })

    it('erases every submission from one address, whatever its case, and records only who, when and how many', async () => {
      const email = `erase-${Date.now()}@example.vn`
      const one = await store.submit(submission({ email }))
      await store.addNote(one.reference, 'note', 'lan')
      await store.submit(submission({ email: email.toUpperCase() }))
      const kept = await store.submit(submission({ email: 'other@example.vn' }))
      expect(await store.countByEmail(` ${email.toUpperCase()} `)).toBe(2)
      expect(await store.eraseByEmail(email, 'lan', new Date('2026-02-01T00:00:00Z'))).toBe(2)
      expect(await store.find(one.reference)).toBeUndefined()
      expect(await store.events(one.reference)).toEqual([])
      expect(await store.find(kept.reference)).toBeDefined()
      const [record] = await store.erasures()
      expect(record).toEqual({ at: '2026-02-01T00:00:00.000Z', editor: 'lan', count: 2 })
      expect(JSON.stringify(await store.erasures())).not.toContain(email)
    })

    it('purges submissions older than the cut-off and keeps newer ones', async () => {
      const old = await store.submit(submission(), new Date('2020-01-01T00:00:00Z'))
      const recent = await store.submit(submission(), new Date('2020-06-01T00:00:00Z'))
      expect(await store.purgeBefore(new Date('2020-03-01T00:00:00Z'))).toBeGreaterThanOrEqual(1)
      expect(await store.find(old.reference)).toBeUndefined()
      expect(await store.find(recent.reference)).toBeDefined()
    })
  })

  describe('accounts, sessions and sign-in failures', () => {
    it('adds an account once, changes its password with a new generation, and removes it', async () => {
      expect(await store.addAccount('hoa', 'hash-1')).toBe(true)
      expect(await store.addAccount('hoa', 'hash-2')).toBe(false)
      expect(await store.account('hoa')).toEqual({ name: 'hoa', passwordHash: 'hash-1', generation: 0 })
      expect(await store.setPassword('hoa', 'hash-3')).toBe(true)
      expect(await store.account('hoa')).toEqual({ name: 'hoa', passwordHash: 'hash-3', generation: 1 })
      await store.raiseGeneration('hoa')
      expect((await store.account('hoa'))?.generation).toBe(2)
      expect(await store.listAccounts()).toContain('hoa')
      expect(await store.removeAccount('hoa')).toBe(true)
      expect(await store.account('hoa')).toBeUndefined()
    })

    it('keeps a session until it expires, then forgets it', async () => {
      await store.setSession('s1', '{"editor":"hoa"}', new Date('2030-01-01T00:00:00Z'))
      await store.setSession('s1', '{"editor":"lan"}', new Date('2030-01-01T00:00:00Z'))
      expect(await store.getSession('s1', new Date('2029-12-31T00:00:00Z'))).toBe('{"editor":"lan"}')
      expect(await store.getSession('s1', new Date('2030-01-02T00:00:00Z'))).toBeUndefined()
      await store.destroySession('s1')
      expect(await store.getSession('s1', new Date('2029-12-31T00:00:00Z'))).toBeUndefined()
    })

    it('counts sign-in failures in a window and clears them', async () => {
      for (const minute of [1, 2, 3]) await store.recordFailure('hoa|127.0.0.1', new Date(`2026-01-01T00:0${minute}:00Z`))
      expect(await store.failuresSince('hoa|127.0.0.1', new Date('2026-01-01T00:02:00Z'))).toHaveLength(2)
      expect(await store.failuresSince('lan|127.0.0.1', new Date('2026-01-01T00:00:00Z'))).toHaveLength(0)
      await store.clearFailures('hoa|127.0.0.1')
      expect(await store.failuresSince('hoa|127.0.0.1', new Date('2026-01-01T00:00:00Z'))).toHaveLength(0)
    })
  })

  describe('notification outbox', () => {
    it('queues one notification per new submission, leases it, retries it later and marks it sent', async () => {
      // Drain what the earlier tests queued.
      for (const item of await store.claimNotifications(new Date('2100-01-01T00:00:00Z'), new Date('2100-01-01T00:00:00Z'), 10_000)) await store.notificationSent(item.id)
      const now = new Date('2100-01-02T00:00:00Z')
      const { reference } = await store.submit(submission(), now)
      await store.submit(submission({ draftId: 'x'.repeat(16) }), now)
      await store.submit(submission({ draftId: 'x'.repeat(16) }), now)
      const claimed = await store.claimNotifications(now, new Date(now.getTime() + 60_000), 10)
      expect(claimed.map((c) => c.reference)).toContain(reference)
      expect(claimed).toHaveLength(2)
      // Leased: a second worker gets nothing until the lease ends.
      expect(await store.claimNotifications(now, new Date(now.getTime() + 60_000), 10)).toEqual([])
      const item = claimed.find((c) => c.reference === reference)!
      await store.notificationFailed(item.id, 1, new Date(now.getTime() + 120_000), 'connection refused')
      expect(await store.claimNotifications(new Date(now.getTime() + 90_000), new Date(now.getTime() + 200_000), 10)).toHaveLength(1)
      const [retry] = await store.claimNotifications(new Date(now.getTime() + 121_000), new Date(now.getTime() + 200_000), 10)
      expect(retry).toMatchObject({ reference, attempts: 1 })
      await store.notificationSent(retry!.id)
      expect(await store.pendingNotifications()).toBe(1)
    })
  })
})
