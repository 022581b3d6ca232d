import { createHash } from 'node:crypto'
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { ByteLru } from '../cache/byteLru'
import { COMPRESSION } from './compression'

/**
 * Compress once: the encoded bytes of a response (brotli, gzip, or as is) kept by its ETag and
 * encoding, so a response whose content has not changed is never compressed again. Bounded: the
 * least recently sent bytes go first once `maxBytes` is reached.
 *
 * Use it for anything with a stable ETag (the JSON API, server-rendered pages):
 *
 *   const cache = new CompressedCache({ maxBytes: 64 * 1024 * 1024 })
 *   app.get('/page', (request, reply) =>
 *     cache.send(request, reply, { etag: 'W/"<content hash or version>"', contentType: 'text/html; charset=utf-8', body: html }))
 *
 * `send` negotiates the encoding from Accept-Encoding (br, then gzip, else identity), answers
 * `304` to a matching If-None-Match, and sets ETag, Vary: Accept-Encoding, Content-Type,
 * Content-Encoding and Cache-Control (default: public, 60 s, stale-while-revalidate 10 min).
 * `body` may be a function: it is only called when the bytes are not cached yet. The ETag must
 * change whenever the body does (a hash of it, or a content version plus the URL).
 */
export interface CachedResource {
  etag: string
  contentType: string
  body: string | Buffer | (() => string | Buffer)
  cacheControl?: string
  /** What else the body depends on besides the encoding (pages: the language cookie). */
  vary?: string
}

export type Encoding = 'br' | 'gzip' | 'identity'

/** A weak ETag from the bytes themselves: the same content gives the same tag on every instance. */
export const weakEtag = (body: string): string => `W/"${createHash('sha1').update(body).digest('base64url')}"`

const DEFAULT_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600'

/** br, then gzip, else identity, as the client accepts them (q=0 refuses one). */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity'
  const accepted = new Map<string, number>()
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
    accepted.set(name!, q === undefined ? 1 : Number(q))
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  if (allows('br')) return 'br'
  if (allows('gzip')) return 'gzip'
  return 'identity'
}

function encode(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'br') return brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: COMPRESSION.brotliQuality, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
  if (encoding === 'gzip') return gzipSync(body, { level: COMPRESSION.gzipLevel })
  return body
}

export class CompressedCache {
  private readonly bytes: ByteLru<Buffer>

  constructor(options: { maxBytes: number }) {
    this.bytes = new ByteLru(options.maxBytes)
  }

  /** Sends the resource (or `304`) with its headers; encoded bytes come from the cache when they can. */
  send(request: FastifyRequest, reply: FastifyReply, resource: CachedResource): FastifyReply {
    return reply.send(this.prepare(request, reply, resource))
  }

  /**
   * Sets the headers and returns the bytes to send (empty for a `304`), for an `onSend` hook
   * that replaces a payload rather than sending one.
   */
  prepare(request: FastifyRequest, reply: FastifyReply, resource: CachedResource): Buffer | string {
    reply.header('etag', resource.etag)
    reply.header('cache-control', resource.cacheControl ?? DEFAULT_CACHE_CONTROL)
    reply.header('vary', resource.vary ? `accept-encoding, ${resource.vary}` : 'accept-encoding')
    if (request.headers['if-none-match'] === resource.etag) {
      reply.code(304)
      return ''
    }
    reply.header('content-type', resource.contentType)
    const wanted = negotiateEncoding(request.headers['accept-encoding'])
    const bytes = this.encoded(resource, wanted)
    if (bytes.encoding !== 'identity') reply.header('content-encoding', bytes.encoding)
    return bytes.body
  }

  private encoded(resource: CachedResource, wanted: Encoding): { body: Buffer; encoding: Encoding } {
    const cached = this.bytes.get(`${wanted}\u0000${resource.etag}`)
    if (cached) return { body: cached, encoding: wanted }
    let identity = this.bytes.get(`identity\u0000${resource.etag}`)
    if (!identity) {
      const raw = typeof resource.body === 'function' ? resource.body() : resource.body
      identity = typeof raw === 'string' ? Buffer.from(raw) : raw
      this.bytes.set(`identity\u0000${resource.etag}`, identity, identity.length)
    }
    if (wanted === 'identity' || identity.length < COMPRESSION.thresholdBytes) return { body: identity, encoding: 'identity' }
    const body = encode(identity, wanted)
    this.bytes.set(`${wanted}\u0000${resource.etag}`, body, body.length)
    return { body, encoding: wanted }
  }

  clear(): void {
    this.bytes.clear()
  }

  get size(): { entries: number; bytes: number } {
    return this.bytes.size
  }
}
