import type { FastifyReply, FastifyRequest } from 'fastify'
import type { VNode } from 'vue'
import { renderPage } from './views/render'

export async function sendPage(reply: FastifyReply, page: () => VNode, status = 200): Promise<FastifyReply> {
  return reply.code(status).type('text/html; charset=utf-8').send(await renderPage(page))
}

/** Takes the one-off message out of the session, so it shows once. */
export function takeFlash(request: FastifyRequest): string | undefined {
  const flash = request.session.flash
  if (flash) request.session.flash = undefined
  return flash
}
