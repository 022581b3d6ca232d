import { Limiter } from './limiter'
import { Deadline, OriginTransport, discard, header, readBody } from './transport'

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
  private readonly transport: OriginTransport

  /** `limiter`: another fetcher's, to share its politeness limits. */
  constructor(private readonly options: FetcherOptions, limiter?: Limiter) {
    this.origin = new URL(options.origin).origin
    this.limiter = limiter ?? new Limiter(options.rate, options.concurrency)
    this.transport = new OriginTransport(this.origin, this.limiter.concurrency)
  }

  /** Closes the kept-alive sockets (they also close themselves when the origin drops them). */
  close(): void {
    this.transport.close()
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
    const deadline = new Deadline(this.options.timeoutMs)
    try {
      for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        if (!this.allowed(url)) return { result: { kind: 'failed', url, reason: `not on ${this.origin}: not requested` } }
        const headers: Record<string, string> = { 'user-agent': this.options.userAgent, accept, 'accept-encoding': 'gzip, deflate, br' }
        if (validators.etag) headers['if-none-match'] = validators.etag
        if (validators.lastModified) headers['if-modified-since'] = validators.lastModified
        const response = await this.transport.send(url, headers, deadline)
        const status = response.statusCode ?? 0
        this.requests.count(status)
        if (status >= 300 && status < 400 && status !== 304) {
          await discard(response)
          const location = header(response.headers, 'location')
          if (!location) return { result: { kind: 'failed', url, status, reason: `redirect ${status} without a Location` } }
          const next = new URL(location, url).href
          if (!this.allowed(next)) return { result: { kind: 'failed', url, status, reason: `redirect to ${next.slice(0, 200)} (another origin or scheme): not followed` } }
          url = next
          continue
        }
        if (status === 304) {
          await discard(response)
          return { result: { kind: 'not-modified', url } }
        }
        if (status === 404 || status === 410) {
          await discard(response)
          return { result: { kind: 'gone', url, status } }
        }
        if (status !== 200) {
          await discard(response)
          return {
            result: { kind: 'failed', url, status, reason: `HTTP ${status}` },
            retryAfterMs: retryAfterMs(header(response.headers, 'retry-after'), this.options.maxRetryAfterMs ?? 60_000),
          }
        }
        const body = await readBody(response, this.options.maxBytes)
        if (!body) return { result: { kind: 'failed', url, status: 200, reason: `larger than ${this.options.maxBytes} bytes: not read` } }
        return {
          result: {
            kind: 'ok', url, status: 200, body,
            contentType: header(response.headers, 'content-type') ?? '',
            etag: header(response.headers, 'etag'),
            lastModified: header(response.headers, 'last-modified'),
          },
        }
      }
      return { result: { kind: 'failed', url, reason: `more than ${MAX_REDIRECTS} redirects` } }
    } catch (error) {
      const reason = deadline.expired ? `no answer within ${this.options.timeoutMs} ms` : error instanceof Error ? error.message : String(error)
      return { result: { kind: 'failed', url, reason } }
    } finally {
      deadline.clear()
    }
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
