import middie from '@fastify/middie'
import type { FastifyInstance } from 'fastify'
import { resolve } from 'node:path'
import { createServer, type ViteDevServer } from 'vite'
import { devRenderer, type PageRenderer } from './renderer'

const ROOT = resolve(import.meta.dirname, '../..')

/**
 * Vite in middleware mode, for `npm run dev` and the server tests: modules with hot reload, and
 * pages rendered from the current source on every request.
 */
export async function startVite(): Promise<{ vite: ViteDevServer; renderer: PageRenderer }> {
  const vite = await createServer({ root: ROOT, server: { middlewareMode: true }, appType: 'custom', logLevel: 'warn' })
  return { vite, renderer: devRenderer(vite, resolve(ROOT, 'index.html')) }
}

/** Vite's own middleware (modules, styles, HMR) in front of Lectern's routes. */
export async function useVite(app: FastifyInstance, vite: ViteDevServer): Promise<void> {
  await app.register(middie)
  app.use(vite.middlewares)
  app.addHook('onClose', async () => vite.close())
}
