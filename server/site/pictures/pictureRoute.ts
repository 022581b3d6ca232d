import type { FastifyInstance } from 'fastify'
import type { Problem } from '../../http/problem'
import type { PictureCache } from './pictureCache'

export const PICTURE_PATH = '/anh-goc/'

/** `GET /anh-goc/<hash>`: a picture from the portal, as PictureCache answers it. */
export function registerPictureRoute(app: FastifyInstance, pictures: PictureCache): void {
  app.get<{ Params: { hash: string } }>(`${PICTURE_PATH}:hash`, { schema: { hide: true } }, async (request, reply) => {
    const answer = await pictures.get(request.params.hash)
    if (answer.kind === 'picture') {
      return reply
        .type(answer.type)
        .header('cache-control', 'public, max-age=86400')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'")
        .send(answer.bytes)
    }
    const status = answer.kind === 'unknown' ? 404 : 502
    const detail = answer.kind === 'unknown' ? 'No such picture.' : `The portal's picture could not be served: ${answer.reason}.`
    reply.code(status).type('application/problem+json; charset=utf-8').header('cache-control', 'no-store')
    return { type: 'about:blank', title: status === 404 ? 'Not found' : 'Bad gateway', status, detail, instance: request.url.slice(0, 300) } satisfies Problem
  })
}
