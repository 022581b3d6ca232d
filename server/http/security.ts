import { createHash } from 'node:crypto'
import type { FastifyInstance } from 'fastify'

/** sha256 sources for every inline script of the shell, so the CSP allows exactly those. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
  )
}

/**
 * `imageOrigins`: where article images may come from besides https (a content source's own
 * origin, which may be plain http on an older portal).
 */
export function contentSecurityPolicy(scriptHashes: string[], imageOrigins: string[] = [], options: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    // Development only: Vite injects each module's styles as <style> elements and talks over a WebSocket.
    options.dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    `img-src 'self' data: https: ${imageOrigins.join(' ')}`.trim(),
    "font-src 'self'",
    options.dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ].join('; ')
}

export function registerSecurityHeaders(app: FastifyInstance, csp: string): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', csp)
    reply.header('x-content-type-options', 'nosniff')
    reply.header('referrer-policy', 'strict-origin-when-cross-origin')
    reply.header('x-frame-options', 'DENY')
    reply.header('cross-origin-opener-policy', 'same-origin')
    reply.header('cross-origin-resource-policy', 'same-origin')
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()')
    return payload
  })
}
