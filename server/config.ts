import { resolve } from 'node:path'
import type { RuntimeConfig } from '../src/api/types'

export type SourceConfig =
  | { kind: 'lectern' }
  | { kind: 'wordpress'; apiUrl: string; timeoutMs: number }

export interface ServerConfig {
  source: SourceConfig
  port: number
  host: string
  contentDir: string
  databaseFile: string
  distDir: string
  /** The app's server entry as built (`vite build --ssr`). */
  serverDir: string
  runtime: RuntimeConfig
  /** Feedback submissions one address may send per 15 minutes. */
  feedbackRateLimit: number
  /** Test-only reads (stored feedback counts) for the end-to-end suite. */
  testHooks: boolean
}

const root = resolve(import.meta.dirname, '..')

/**
 * Reads configuration from the environment when the server starts (never at build time, so one
 * build serves any deployment). A bad value stops the start with a message saying what to fix.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535 (got "${env.PORT}")`)
  }
  const source = readSource(env)
  const editorUrl = env.EDITOR_URL?.trim() || (source.kind === 'wordpress' ? `${source.apiUrl.replace(/\/wp-json$/, '')}/wp-admin/` : null)
  if (editorUrl && !/^https?:\/\//.test(editorUrl)) {
    throw new Error(`EDITOR_URL must be an http(s) URL (got "${editorUrl}")`)
  }
  const feedbackRateLimit = Number(env.FEEDBACK_RATE_LIMIT ?? 10)
  if (!Number.isInteger(feedbackRateLimit) || feedbackRateLimit < 1) {
    throw new Error(`FEEDBACK_RATE_LIMIT must be a whole number of submissions, 1 or more (got "${env.FEEDBACK_RATE_LIMIT}")`)
  }
  return {
    source,
    port,
    feedbackRateLimit,
    testHooks: env.LECTERN_TEST_HOOKS === '1',
    host: env.HOST ?? '0.0.0.0',
    contentDir: resolve(env.CONTENT_DIR ?? resolve(root, 'content')),
    databaseFile: env.DATABASE_FILE ?? resolve(root, 'data', 'lectern.db'),
    distDir: resolve(env.DIST_DIR ?? resolve(root, 'dist')),
    serverDir: resolve(env.SERVER_DIST_DIR ?? resolve(root, 'dist-server')),
    runtime: {
      siteName: {
        vi: env.SITE_NAME_VI ?? 'Cổng thông tin điện tử Bắc Kạn',
        en: env.SITE_NAME_EN ?? 'Bắc Kạn Provincial e-Portal',
      },
      contentSource: source.kind,
      editorUrl,
    },
  }
}

function readSource(env: NodeJS.ProcessEnv): SourceConfig {
  const kind = env.CONTENT_SOURCE?.trim() || 'lectern'
  if (kind === 'lectern') return { kind }
  if (kind !== 'wordpress') {
    throw new Error(`CONTENT_SOURCE must be "lectern" or "wordpress" (got "${kind}")`)
  }
  const apiUrl = env.CONTENT_API_URL?.trim().replace(/\/+$/, '')
  if (!apiUrl || !/^https?:\/\/[^/]/.test(apiUrl)) {
    throw new Error(`CONTENT_SOURCE=wordpress needs CONTENT_API_URL, the site's REST root such as https://portal.example/wp-json (got "${env.CONTENT_API_URL ?? ''}")`)
  }
  const timeoutMs = Number(env.CONTENT_API_TIMEOUT_MS ?? 8000)
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 60_000) {
    throw new Error(`CONTENT_API_TIMEOUT_MS must be a whole number of milliseconds from 100 to 60000 (got "${env.CONTENT_API_TIMEOUT_MS}")`)
  }
  return { kind, apiUrl, timeoutMs }
}
