import * as v from 'valibot'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from './errors'
import { getJson, retryAfterMs } from './http'

const Shape = v.object({ ok: v.literal(true) })
const json = (body: unknown, init: ResponseInit = {}) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init })

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

function stubFetch(...answers: (() => Response | Promise<Response>)[]) {
  const calls: number[] = []
  vi.stubGlobal('fetch', vi.fn(async () => {
    calls.push(Date.now())
    const next = answers.shift()
    if (!next) throw new Error('no more answers')
    return next()
  }))
  return calls
}

describe('getJson', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000)
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(5000)
    expect(retryAfterMs('soon')).toBeUndefined()
    expect(retryAfterMs(null)).toBeUndefined()
  })

  it('waits as long as a 503 Retry-After asks before trying again', async () => {
    vi.useFakeTimers()
    const calls = stubFetch(() => new Response('', { status: 503, headers: { 'retry-after': '2' } }), () => json({ ok: true }))
    const result = getJson('/api/x', Shape)
    await vi.advanceTimersByTimeAsync(1999)
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(2)
    await expect(result).resolves.toEqual({ ok: true })
    expect(calls).toHaveLength(2)
  })

  it('does not retry when Retry-After is longer than a reader should wait', async () => {
    const calls = stubFetch(() => new Response('', { status: 503, headers: { 'retry-after': '120' } }))
    await expect(getJson('/api/x', Shape)).rejects.toMatchObject({ kind: 'Server', status: 503, retryAfterMs: 120_000 })
    expect(calls).toHaveLength(1)
  })

  it('backs off and retries a 500, then gives up with a Server error', async () => {
    vi.useFakeTimers()
    const calls = stubFetch(...Array.from({ length: 3 }, () => () => new Response('', { status: 500 })))
    const result = getJson('/api/x', Shape).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(400 + 1200 + 10)
    expect(await result).toMatchObject({ kind: 'Server', status: 500 })
    expect(calls).toHaveLength(3)
  })

  it('turns a timeout into a Timeout error', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('fetch', vi.fn((_url: string, init: RequestInit) => new Promise<Response>((_resolve, reject) => {
      init.signal!.addEventListener('abort', () => reject(init.signal!.reason))
    })))
    const result = getJson('/api/x', Shape, { timeoutMs: 1000, retries: 0 }).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(1001)
    expect(await result).toMatchObject({ kind: 'Timeout' })
  })

  it('refuses truncated JSON, the wrong shape and a huge payload as BadPayload, without retrying', async () => {
    stubFetch(() => new Response('{"ok": tr', { status: 200 }))
    await expect(getJson('/api/x', Shape)).rejects.toMatchObject({ kind: 'BadPayload' })
    stubFetch(() => json({ ok: 'yes' }))
    await expect(getJson('/api/x', Shape)).rejects.toMatchObject({ kind: 'BadPayload' })
    stubFetch(() => json({ ok: true, pad: 'x'.repeat(2000) }))
    await expect(getJson('/api/x', Shape, { maxBytes: 1000 })).rejects.toBeInstanceOf(ApiError)
  })

  it('retries an answer broken off on the way as a network failure, not a bad payload', async () => {
    vi.useFakeTimers()
    const brokenOff = () => new Response(new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"ok": tr'))
        controller.error(new TypeError('network error'))
      },
    }), { status: 200 })
    const calls = stubFetch(brokenOff, () => json({ ok: true }))
    const result = getJson('/api/x', Shape)
    await vi.advanceTimersByTimeAsync(400 + 10)
    await expect(result).resolves.toEqual({ ok: true })
    expect(calls).toHaveLength(2)
    stubFetch(brokenOff, brokenOff, brokenOff)
    const failure = getJson('/api/x', Shape).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(400 + 1200 + 10)
    expect(await failure).toMatchObject({ kind: 'Network' })
  })

  it('lets an abort from navigation through as an abort, not an error to show', async () => {
    vi.stubGlobal('fetch', vi.fn((_url: string, init: RequestInit) => new Promise<Response>((_resolve, reject) => {
      init.signal!.addEventListener('abort', () => reject(init.signal!.reason))
    })))
    const controller = new AbortController()
    const result = getJson('/api/x', Shape, { signal: controller.signal }).catch((e: unknown) => e)
    controller.abort()
    expect(await result).not.toBeInstanceOf(ApiError)
  })
})
