import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import type { Readable } from 'node:stream'

/**
 * One origin's requests over kept-alive sockets (node:http), instead of the global `fetch`: an
 * unchanged re-sync is one conditional request per page, and undici's fetch spends about 0.55 ms
 * of CPU on each (WHATWG Headers, streams, Response) where a plain request over a reused socket
 * spends about 0.2 ms. Redirects are never followed here (the fetcher follows them by hand).
 */
export class OriginTransport {
  private readonly agent: HttpAgent

  constructor(origin: string, maxSockets: number) {
    const options = { keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'lifo' as const }
    this.agent = new URL(origin).protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options)
  }

  /** The answer's status and headers; its body is read (or discarded) with `readBody`/`discard`. */
  send(url: string, headers: Record<string, string>, deadline: Deadline): Promise<IncomingMessage> {
    const send = url.startsWith('https:') ? httpsRequest : httpRequest
    return new Promise((resolve, reject) => {
      const request = send(url, { agent: this.agent, headers }, resolve)
      request.once('error', reject)
      deadline.watch(request)
      request.end()
    })
  }

  close(): void {
    this.agent.destroy()
  }
}

/**
 * A fetch's time limit, redirects and body included: when it runs out, the request in flight is
 * destroyed (its answer with it, mid-body too). One timer, cleared once the answer is read: an
 * AbortSignal.timeout() fires anyway, long after, and in an unchanged re-sync those late wake-ups
 * (one per request) were a fifth of the CPU time; an AbortSignal handed to each request cost
 * listeners to add and remove besides.
 */
export class Deadline {
  expired = false
  private request: ClientRequest | undefined
  private readonly timer: NodeJS.Timeout

  constructor(ms: number) {
    this.timer = setTimeout(() => {
      this.expired = true
      this.request?.destroy(new Error(`no answer within ${ms} ms`))
    }, ms)
  }

  /** The request in flight now (one per redirect hop). */
  watch(request: ClientRequest): void {
    this.request = request
    if (this.expired) request.destroy(new Error('no time left'))
  }

  clear(): void {
    clearTimeout(this.timer)
    this.request = undefined
  }
}

export const header = (headers: IncomingHttpHeaders, name: string): string | null => {
  const value = headers[name]
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
}

/** Drops an answer's body; the socket goes back to the pool once it is read. */
export function discard(response: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    // Even a complete answer is read to its end: only then does its socket go back to the pool.
    if (response.readableEnded || response.destroyed) return resolve()
    response.once('end', resolve).once('error', () => resolve()).once('close', resolve)
    response.resume()
  })
}

/**
 * The body, decoded (gzip, deflate, br), streamed and stopped past `maxBytes` of either the
 * encoded or the decoded bytes (undefined then): a huge or a zip-bomb page never fills memory.
 */
export async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  const declared = Number(response.headers['content-length'])
  if (declared > maxBytes) {
    response.destroy()
    return undefined
  }
  let encoded = 0
  response.on('data', (chunk: Buffer) => {
    encoded += chunk.length
    if (encoded > maxBytes) response.destroy()
  })
  const encoding = (header(response.headers, 'content-encoding') ?? '').trim().toLowerCase()
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : undefined
  const stream: Readable = decoder ? response.pipe(decoder) : response
  if (decoder) response.once('error', (error) => decoder.destroy(error)).once('close', () => !response.complete && decoder.destroy(new Error('answer cut off')))
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > maxBytes || encoded > maxBytes) {
        response.destroy()
        decoder?.destroy()
        return undefined
      }
      chunks.push(chunk)
    }
  } catch (error) {
    if (encoded > maxBytes) return undefined
    throw error
  }
  if (!response.complete) throw new Error('answer cut off')
  return Buffer.concat(chunks)
}
