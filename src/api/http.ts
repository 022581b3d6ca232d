import * as v from 'valibot'
import { ApiError } from './errors'

export interface RequestOptions {
  signal?: AbortSignal
  /** Per attempt; a slow network gets a clear "timed out" instead of an endless spinner. */
  timeoutMs?: number
  retries?: number
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => {
      clearTimeout(timer)
      reject(signal.reason)
    }, { once: true })
  })

async function attempt<S extends v.GenericSchema>(url: string, schema: S, options: RequestOptions, payload?: unknown): Promise<v.InferOutput<S>> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(url, payload === undefined
      ? { signal, headers: { accept: 'application/json' } }
      : { signal, method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(payload) })
  } catch (error) {
    if (options.signal?.aborted) throw error
    if (timeout.aborted) throw new ApiError('Timeout', `No answer from ${url} in time`)
    throw new ApiError('Network', `Could not reach ${url}`)
  }
  if (response.status === 404) throw new ApiError('NotFound', `Nothing at ${url}`, 404)
  if (response.status >= 400 && response.status < 500) throw new ApiError('BadRequest', `${url} refused the request`, response.status)
  if (!response.ok) throw new ApiError('Server', `${url} answered ${response.status}`, response.status)
  let body: unknown
  try {
    body = await response.json()
  } catch (error) {
    if (options.signal?.aborted) throw error
    if (timeout.aborted) throw new ApiError('Timeout', `No answer from ${url} in time`)
    throw new ApiError('BadPayload', `${url} sent something that is not JSON`)
  }
  const result = v.safeParse(schema, body)
  if (!result.success) throw new ApiError('BadPayload', `${url} sent an unexpected shape: ${v.summarize(result.issues).slice(0, 300)}`)
  return result.output
}

const retryable = (error: unknown): boolean =>
  error instanceof ApiError && (error.kind === 'Network' || error.kind === 'Timeout' || error.kind === 'Server')

async function withRetries<T>(run: () => Promise<T>, retries: number, signal?: AbortSignal): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await run()
    } catch (error) {
      if (n >= retries || !retryable(error)) throw error
      await sleep(400 * 3 ** n, signal)
    }
  }
}

/** GET a JSON resource and validate its shape; idempotent, so transient failures are retried with backoff. */
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
