import type { FastifyInstance } from 'fastify'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FeedbackStore } from './feedback/store'
import { createTestApp } from './test/testApp'

let app: FastifyInstance
let store: FeedbackStore
beforeAll(async () => {
  ;({ app, feedback: store } = await createTestApp())
})
afterAll(() => app.close())

let drafts = 0
const draftId = (): string => `test-draft-${String(++drafts).padStart(6, '0')}-${Date.now()}`
const valid = () => ({ draftId: draftId(), name: 'Nguyễn Thị Hoa', email: 'hoa@example.vn', topic: 'tiep-can', article: '', message: 'Ảnh trong bài chưa có mô tả.' })

const post = (target: FastifyInstance, payload: unknown, headers: Record<string, string> = {}) =>
  target.inject({ method: 'POST', url: '/api/feedback', payload: typeof payload === 'string' ? payload : JSON.stringify(payload), headers: { 'content-type': 'application/json', ...headers } })

function expectProblem(response: Awaited<ReturnType<typeof post>>, status: number, detail?: RegExp) {
  expect(response.statusCode, response.body).toBe(status)
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
  const body = response.json()
  expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) })
  if (detail) expect(body.detail).toMatch(detail)
}

describe('POST /api/feedback', () => {
  it('stores a valid submission and answers 201 with a reference number', async () => {
    const input = { ...valid(), name: '  Nguyễn Thị Hoa  ' }
    const response = await post(app, input)
    expect(response.statusCode).toBe(201)
    expect(response.headers['cache-control']).toBe('no-store')
    const { reference, receivedAt } = response.json()
    expect(reference).toMatch(/^GY-\d{4}-\d{6}$/)
    expect(Date.parse(receivedAt)).not.toBeNaN()
    expect(await store.find(reference)).toMatchObject({ draftId: input.draftId, name: 'Nguyễn Thị Hoa', topic: 'tiep-can', message: input.message, article: null })
  })

  it('accepts a submission without the optional fields', async () => {
    const { draftId, name, topic, message } = valid()
    expect((await post(app, { draftId, name, topic, message })).statusCode).toBe(201)
  })

  it.each([
    ['a missing name', { name: undefined }, /body must have required property 'name'/],
    ['a name of spaces', { name: '   ' }, /body\.name must match/],
    ['a name over 100 characters', { name: 'a'.repeat(101) }, /body\.name must NOT have more than 100 characters/],
    ['a malformed email', { email: 'hoa@example' }, /body\.email must match/],
    ['an email over 254 characters', { email: `${'a'.repeat(250)}@ex.vn` }, /body\.email must NOT have more than 254/],
    ['a missing topic', { topic: undefined }, /required property 'topic'/],
    ['a topic not on the list', { topic: 'quang-cao' }, /body\.topic must be equal to one of the allowed values/],
    ['a related article over 300 characters', { article: 'a'.repeat(301) }, /body\.article must NOT have more than 300/],
    ['a missing message', { message: undefined }, /required property 'message'/],
    ['an empty message', { message: '' }, /body\.message must NOT have fewer than 1 characters/],
    ['a message over 5000 characters', { message: 'ă'.repeat(5001) }, /body\.message must NOT have more than 5000/],
    ['a filled-in honeypot', { website: 'http://spam.example' }, /body\.website must NOT have more than 0 characters/],
    ['a missing draft id', { draftId: undefined }, /required property 'draftId'/],
    ['a malformed draft id', { draftId: '../../etc' }, /body\.draftId must match/],
    ['an unknown field', { admin: true }, /must NOT have additional properties/],
    ['a language that is not offered', { language: 'fr' }, /body\.language/],
  ])('refuses %s with 400 problem+json naming the field', async (_name, change, detail) => {
    const before = await store.count()
    expectProblem(await post(app, { ...valid(), ...change }), 400, detail)
    expect(await store.count()).toBe(before)
  })

  it('accepts a message of exactly 5000 Vietnamese characters', async () => {
    expect((await post(app, { ...valid(), message: 'ữ'.repeat(5000) })).statusCode).toBe(201)
  })

  it('refuses a body that is not JSON with 400', async () => {
    expectProblem(await post(app, '{"name": "Hoa", '), 400)
  })

  it('refuses an oversized body with 413 problem+json', async () => {
    expectProblem(await post(app, { ...valid(), message: 'a'.repeat(40 * 1024) }), 413)
  })

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'text/html'])('refuses content type %s with 415 problem+json', async (type) => {
    expectProblem(await post(app, valid(), { 'content-type': type }), 415)
  })

  it('answers 405 with Allow: POST for other methods', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/feedback' })
    expectProblem(response, 405)
    expect(response.headers.allow).toBe('POST')
  })

  it('stores HTML and script in the message as text and never echoes it back', async () => {
    const message = '<script>alert("x")</script><img src=x onerror=alert(1)> & <b>đậm</b>'
    const response = await post(app, { ...valid(), name: '<i>Hoa</i>', message })
    expect(response.statusCode).toBe(201)
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    expect(response.body).not.toMatch(/<|script|onerror/)
    const stored = await store.find(response.json().reference)
    expect(stored?.message).toBe(message)
    expect(stored?.name).toBe('<i>Hoa</i>')
  })

  it('stores a resent draft once and answers the same reference', async () => {
    const input = valid()
    const first = await post(app, input)
    const again = await post(app, input)
    expect(first.statusCode).toBe(201)
    expect(again.statusCode).toBe(200)
    expect(again.json().reference).toBe(first.json().reference)
    expect(await store.count(input.message)).toBeGreaterThanOrEqual(1)
    const marker = `marker-${input.draftId}`
    const twin = { ...valid(), message: marker }
    const answers = await Promise.all([post(app, twin), post(app, twin), post(app, twin)])
    expect(new Set(answers.map((a) => a.json().reference)).size).toBe(1)
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 201])
    expect(await store.count(marker)).toBe(1)
  })

  it('does not expose the test-only count unless asked to', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/test/feedback' })).statusCode).toBe(404)
  })
})

describe('feedback rate limit', () => {
  it('answers 429 problem+json with Retry-After once an address sends more than the limit', async () => {
    const { app: limited } = await createTestApp({ feedbackRateLimit: 3 })
    try {
      for (let n = 0; n < 3; n++) expect((await post(limited, valid())).statusCode).toBe(201)
      const refused = await post(limited, valid())
      expectProblem(refused, 429, /Too many feedback submissions/)
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
      // Other addresses are not held back by one busy address.
      const elsewhere = await limited.inject({ method: 'POST', url: '/api/feedback', remoteAddress: '203.0.113.9', payload: valid() })
      expect(elsewhere.statusCode).toBe(201)
      // Reading the site is never limited.
      expect((await limited.inject({ method: 'GET', url: '/api/categories' })).statusCode).toBe(200)
    } finally {
      await limited.close()
    }
  })
})

describe('feedback persistence', () => {
  it('keeps submissions across a server restart when DATABASE_FILE is a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-feedback-'))
    const databaseFile = join(dir, 'lectern.db')
    try {
      const input = valid()
      const first = await createTestApp({ databaseFile })
      const { reference } = (await post(first.app, input)).json()
      await first.app.close()
      first.db.close()

      const second = await createTestApp({ databaseFile })
      try {
        expect(await second.feedback.find(reference)).toMatchObject({ draftId: input.draftId, message: input.message })
        // The draft id outlives the restart too: a resend after it still makes no second record.
        const again = await post(second.app, input)
        expect(again.statusCode).toBe(200)
        expect(again.json().reference).toBe(reference)
        expect(await second.feedback.count()).toBe(1)
      } finally {
        await second.app.close()
        second.db.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
