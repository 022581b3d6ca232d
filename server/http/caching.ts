import { createHash } from 'node:crypto'
import type { FastifyInstance } from 'fastify'

/**
 * ETag and Cache-Control on successful API reads: a client (or CDN) that already has the
 * current version gets a 304 with no body, which is what carries most of the load at scale.
 */
export function registerApiCaching(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/') || (request.method !== 'GET' && request.method !== 'HEAD')) return payload
    if (reply.statusCode !== 200 || typeof payload !== 'string') return payload
    const etag = `W/"${createHash('sha1').update(payload).digest('base64url')}"`
    reply.header('etag', etag)
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'public, max-age=60, stale-while-revalidate=600')
    if (request.headers['if-none-match'] === etag) {
      reply.code(304)
      return ''
    }
    return payload
  })
}
