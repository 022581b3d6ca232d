import { Limiter } from './limiter'

export interface FetcherOptions {
  /** Only this origin is ever requested (SITE_URL's). */
  origin: string
  userAgent: string
  rate: number
  concurrency: number
  timeoutMs: number
  /** Bytes one answer may have; a longer body is cut off and the fetch fails. */
  maxBytes: number
  /** Tries after the first for a 5xx, a 429 or a network failure (default 2). */
  retries?: number
  /** The first back-off (doubled each try; Retry-After wins when longer, up to `maxRetryAfterMs`). */
  backoffMs?: number
  maxRetryAfterMs?: number
}

export interface Validators {
  etag?: string | null
  lastModified?: string | null
}

export type FetchResult =
  | { kind: 'ok'; url: string; status: number; contentType: string; body: Buffer; etag: string | null; lastModified: string | null }
  | { kind: 'not-modified'; url: string }
  /** 404 or 410: the page is gone. */
  | { kind: 'gone'; url: string; status: number }
  /** Anything else: the origin is down, slow, refused, or answered something we will not read. */
  | { kind: 'failed'; url: string; reason: string; status?: number }

const MAX_REDIRECTS = 5

export class RequestCounter {
  total = 0
  notModified = 0
  byStatus = new Map<number, number>()
  count(status: number): void {
    this.total++
    if (status === 304) this.notModified++
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1)
  }
}

/**
 * The site source's only way out to the network: origin-only, rate- and concurrency-limited,
 * conditional, time- and size-limited, with retries and back-off. Redirects are followed by hand
 * (at most five) and only within the origin, so no page can send Lectern to another host, to a
 * private address, or to a non-http scheme.
 */
export class PoliteFetcher {
  readonly limiter: Limiter
  readonly requests = new RequestCounter()
  private readonly origin: string

  /** `limiter`: another fetcher's, to share its politeness limits. */
  constructor(private readonly options: FetcherOptions, limiter?: Limiter) {
    this.origin = new URL(options.origin).origin
    this.limiter = limiter ?? new Limiter(options.rate, options.concurrency)
  }

  /** Whether `url` may be requested at all (same origin, http or https). */
  allowed(url: string): boolean {
    try {
      const parsed = new URL(url)
      return /^https?:$/.test(parsed.protocol) && parsed.origin === this.origin && !parsed.username && !parsed.password
    } catch {
      return false
    }
  }

  async fetch(url: string, validators: Validators = {}, accept = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5'): Promise<FetchResult> {
    const retries = this.options.retries ?? 2
    let last: FetchResult = { kind: 'failed', url, reason: 'not tried' }
    for (let attempt = 0; attempt <= retries; attempt++) {
      const { result, retryAfterMs } = await this.limiter.run(() => this.follow(url, validators, accept))
      last = result
      const retryable = result.kind === 'failed' && (result.status === undefined || result.status >= 500 || result.status === 429)
      if (!retryable || attempt === retries) break
      const backoff = (this.options.backoffMs ?? 1000) * 2 ** attempt
      await new Promise((resolve) => setTimeout(resolve, Math.max(backoff, retryAfterMs ?? 0)))
    }
    return last
  }

  private async follow(start: string, validators: Validators, accept: string): Promise<{ result: FetchResult; retryAfterMs?: number }> {
    let url = start
    const signal = AbortSignal.timeout(this.options.timeoutMs)
    try {
      for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        if (!this.allowed(url)) return { result: { kind: 'failed', url, reason: `not on ${this.origin}: not requested` } }
        const headers: Record<string, string> = { 'user-agent': this.options.userAgent, accept, 'accept-encoding': 'gzip, deflate, br' }
        if (validators.etag) headers['if-none-match'] = validators.etag
        if (validators.lastModified) headers['if-modified-since'] = validators.lastModified
        const response = await fetch(url, { redirect: 'manual', headers, signal })
        this.requests.count(response.status)
        if (response.status >= 300 && response.status < 400 && response.status !== 304) {
          await response.body?.cancel()
          const location = response.headers.get('location')
          if (!location) return { result: { kind: 'failed', url, status: response.status, reason: `redirect ${response.status} without a Location` } }
          const next = new URL(location, url).href
          if (!this.allowed(next)) return { result: { kind: 'failed', url, status: response.status, reason: `redirect to ${next.slice(0, 200)} (another origin or scheme): not followed` } }
          url = next
          continue
        }
        if (response.status === 304) return { result: { kind: 'not-modified', url } }
        if (response.status === 404 || response.status === 410) {
          await response.body?.cancel()
          return { result: { kind: 'gone', url, status: response.status } }
        }
        if (response.status !== 200) {
          await response.body?.cancel()
          return {
            result: { kind: 'failed', url, status: response.status, reason: `HTTP ${response.status}` },
            retryAfterMs: retryAfterMs(response.headers.get('retry-after'), this.options.maxRetryAfterMs ?? 60_000),
          }
        }
        const body = await readLimited(response, this.options.maxBytes)
        if (!body) return { result: { kind: 'failed', url, status: 200, reason: `larger than ${this.options.maxBytes} bytes: not read` } }
        return {
          result: {
            kind: 'ok', url, status: 200, body,
            contentType: response.headers.get('content-type') ?? '',
            etag: response.headers.get('etag'),
            lastModified: response.headers.get('last-modified'),
          },
        }
      }
      return { result: { kind: 'failed', url, reason: `more than ${MAX_REDIRECTS} redirects` } }
    } catch (error) {
      const reason = signal.aborted ? `no answer within ${this.options.timeoutMs} ms` : error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
      return { result: { kind: 'failed', url, reason } }
    }
  }
}

/** The body, streamed and stopped past `maxBytes` (undefined then): a huge page never fills memory. */
async function readLimited(response: Response, maxBytes: number): Promise<Buffer | undefined> {
  const declared = Number(response.headers.get('content-length'))
  if (declared > maxBytes) {
    await response.body?.cancel()
    return undefined
  }
  if (!response.body) return Buffer.alloc(0)
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks)
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return undefined
    }
    chunks.push(value)
  }
}

/** Retry-After as seconds or an HTTP date, in ms, capped. */
function retryAfterMs(value: string | null, cap: number): number | undefined {
  if (!value) return undefined
  const seconds = Number(value)
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now()
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, cap) : undefined
}

export const userAgent = (version: string, contact: string): string => `Lectern/${version} (+${contact})`
