import * as v from 'valibot'
import { ApiError } from './errors'

export interface RequestOptions {
  signal?: AbortSignal
  /** Per attempt; a slow network gets a clear "timed out" instead of an endless spinner. */
  timeoutMs?: number
  retries?: number
  /** A bigger answer is refused as BadPayload instead of freezing a cheap phone. */
  maxBytes?: number
}

/** The longest Retry-After worth waiting for inside one request; longer, and the reader decides. */
export const MAX_RETRY_AFTER_MS = 10_000
export const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024

// setTimeout rather than AbortSignal.timeout: the same clock as the backoff, and one that a
// test can drive.
const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => {
      clearTimeout(timer)
      reject(signal.reason)
    }, { once: true })
  })

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

async function readBody(response: Response, url: string, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'))
  if (declared > maxBytes) throw new ApiError('BadPayload', `${url} sent ${declared} bytes, more than ${maxBytes}`)
  const text = await response.text()
  if (text.length > maxBytes) throw new ApiError('BadPayload', `${url} sent more than ${maxBytes} bytes`)
  return text
}

async function attempt<S extends v.GenericSchema>(url: string, schema: S, options: RequestOptions, payload?: unknown): Promise<v.InferOutput<S>> {
  const timeout = new AbortController()
  const timer = setTimeout(() => timeout.abort(new DOMException('timed out', 'TimeoutError')), options.timeoutMs ?? 10_000)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal
  const failed = (error: unknown, otherwise: ApiError): never => {
    if (options.signal?.aborted) throw error
    if (timeout.signal.aborted) throw new ApiError('Timeout', `No answer from ${url} in time`)
    throw otherwise
  }
  try {
    let response: Response
    try {
      response = await fetch(url, payload === undefined
        ? { signal, headers: { accept: 'application/json' } }
        : { signal, method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(payload) })
    } catch (error) {
      return failed(error, new ApiError('Network', `Could not reach ${url}`))
    }
    if (response.status === 404) throw new ApiError('NotFound', `Nothing at ${url}`, 404)
    if (response.status === 429 || response.status === 503) {
      throw new ApiError('Server', `${url} answered ${response.status}`, response.status, retryAfterMs(response.headers.get('retry-after')))
    }
    if (response.status >= 400 && response.status < 500) throw new ApiError('BadRequest', `${url} refused the request`, response.status)
    if (!response.ok) throw new ApiError('Server', `${url} answered ${response.status}`, response.status)
    // An answer broken off on the way (connection reset, a busy server dropping it) is the
    // network failing, and worth another try; only text that arrived whole and is not JSON is a
    // bad payload.
    let text: string
    try {
      text = await readBody(response, url, options.maxBytes ?? MAX_PAYLOAD_BYTES)
    } catch (error) {
      if (error instanceof ApiError) throw error
      return failed(error, new ApiError('Network', `${url} broke off its answer`))
    }
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      throw new ApiError('BadPayload', `${url} sent something that is not JSON`)
    }
    const result = v.safeParse(schema, body)
    if (!result.success) throw new ApiError('BadPayload', `${url} sent an unexpected shape: ${v.summarize(result.issues).slice(0, 300)}`)
    return result.output
  } finally {
    clearTimeout(timer)
  }
}

const retryable = (error: unknown): error is ApiError =>
  error instanceof ApiError && (error.kind === 'Network' || error.kind === 'Timeout' || error.kind === 'Server') &&
  (error.retryAfterMs === undefined || error.retryAfterMs <= MAX_RETRY_AFTER_MS)

async function withRetries<T>(run: () => Promise<T>, retries: number, signal?: AbortSignal): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await run()
    } catch (error) {
      if (n >= retries || !retryable(error)) throw error
      await sleep(error.retryAfterMs ?? 400 * 3 ** n, signal)
    }
  }
}

/**
 * GET a JSON resource and validate its shape; idempotent, so transient failures are retried with
 * backoff (0.4 s, 1.2 s), or after the server's Retry-After when it sends one it can keep.
 */
export async function getJson<S extends v.GenericSchema>(url: string, schema: S, options: RequestOptions = {}): Promise<v.InferOutput<S>> {
  return withRetries(() => attempt(url, schema, options), options.retries ?? 2, options.signal)
}

/**
 * POST JSON and validate the answer's shape. Not retried unless the caller says so: a POST is
 * only safe to repeat when the request carries its own idempotency key (as feedback's draft id does).
 */
export async function postJson<S extends v.GenericSchema>(url: string, body: unknown, schema: S, options: RequestOptions = {}): Promise<v.InferOutput<S>> {
  return withRetries(() => attempt(url, schema, options, body), options.retries ?? 0, options.signal)
}
