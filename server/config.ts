import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import type { RuntimeConfig } from '../core/types'
import { DEFAULT_RUNTIME_CONFIG } from '../core/runtimeDefaults'
import { EDITOR_AREA_PATH } from '../core/paths'

export type SourceConfig =
  | { kind: 'lectern' }
  | { kind: 'wordpress'; apiUrl: string; timeoutMs: number }
  | ({ kind: 'site' } & SiteConfig)

/** CONTENT_SOURCE=site: a portal's public website, synced into the embedded store (server/site/). */
export interface SiteConfig {
  /** The portal's public root (SITE_URL); only its origin is ever fetched. */
  url: string
  /** SITE_PROFILE: a YAML or JSON site profile, or null. */
  profilePath: string | null
  syncMinutes: number
  /** Contact (mail or web address) named in the User-Agent. */
  contact: string
  /** Requests per second at most, and at once at most. */
  rate: number
  concurrency: number
  /** One request's time limit, and the bytes one page or picture may have. */
  timeoutMs: number
  maxPageBytes: number
  maxPictureBytes: number
  /** Where pictures are cached, and the cache's size cap in bytes. */
  pictureDir: string
  pictureCacheBytes: number
}

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
  editor: EditorConfig
  /** TRUST_PROXY: "1" to trust the proxy in front, or its addresses ("127.0.0.1,10.0.0.0/8"). */
  trustProxy: boolean | string
  /** Bytes of compressed API answers (and pages) to keep in memory. */
  responseCacheBytes: number
  /** Mean event-loop delay (ms) past which new requests get 503 with Retry-After; 0 turns it off. */
  overloadEventLoopDelayMs: number
  /** Threads searches run in (embedded source, database file); 0 runs them on the main thread. */
  searchThreads: number
}

/** The editors' area (/bien-tap/), feedback storage, notifications and retention. */
export interface EditorConfig {
  /** postgres://… to keep feedback, accounts and sessions in PostgreSQL; null for the SQLite file. */
  databaseUrl: string | null
  /** Signs session cookies; random per start when not set (sessions then end at a restart). */
  sessionSecret: string | null
  /** 'always' behind HTTPS, including a proxy that ends TLS; 'auto' marks cookies Secure on HTTPS requests only. */
  secureCookie: 'auto' | 'always'
  retentionDays: number
  notify: { smtpUrl: string; to: string; from: string } | null
  /** The portal's public address (https://…), for links in notification mails. */
  publicUrl: string | null
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
  // Without an external editor address the header's sign-in link leads to Lectern's own editors' area.
  const editorUrl = env.EDITOR_URL?.trim() || `${EDITOR_AREA_PATH}/`
  if (!/^https?:\/\//.test(editorUrl) && editorUrl !== `${EDITOR_AREA_PATH}/`) {
    throw new Error(`EDITOR_URL must be an http(s) URL (got "${editorUrl}")`)
  }
  const editor = readEditorConfig(env)
  const feedbackRateLimit = Number(env.FEEDBACK_RATE_LIMIT ?? 10)
  if (!Number.isInteger(feedbackRateLimit) || feedbackRateLimit < 1) {
    throw new Error(`FEEDBACK_RATE_LIMIT must be a whole number of submissions, 1 or more (got "${env.FEEDBACK_RATE_LIMIT}")`)
  }
  const responseCacheMb = Number(env.RESPONSE_CACHE_MB ?? 64)
  if (!Number.isFinite(responseCacheMb) || responseCacheMb < 0 || responseCacheMb > 4096) {
    throw new Error(`RESPONSE_CACHE_MB must be a number of megabytes from 0 to 4096 (got "${env.RESPONSE_CACHE_MB}")`)
  }
  const overloadEventLoopDelayMs = Number(env.OVERLOAD_EVENT_LOOP_DELAY_MS ?? 300)
  if (!Number.isInteger(overloadEventLoopDelayMs) || overloadEventLoopDelayMs < 0) {
    throw new Error(`OVERLOAD_EVENT_LOOP_DELAY_MS must be a whole number of milliseconds, 0 to turn shedding off (got "${env.OVERLOAD_EVENT_LOOP_DELAY_MS}")`)
  }
  const searchThreads = Number(env.SEARCH_THREADS ?? Math.min(availableParallelism(), 4))
  if (!Number.isInteger(searchThreads) || searchThreads < 0 || searchThreads > 64) {
    throw new Error(`SEARCH_THREADS must be a whole number from 0 to 64, 0 to search on the main thread (got "${env.SEARCH_THREADS}")`)
  }
  return {
    source,
    port,
    overloadEventLoopDelayMs,
    searchThreads,
    responseCacheBytes: Math.round(responseCacheMb * 1024 * 1024),
    feedbackRateLimit,
    testHooks: env.LECTERN_TEST_HOOKS === '1',
    editor,
    trustProxy: !env.TRUST_PROXY?.trim() || env.TRUST_PROXY.trim() === '0' ? false : env.TRUST_PROXY.trim() === '1' ? true : env.TRUST_PROXY.trim(),
    host: env.HOST ?? '0.0.0.0',
    contentDir: resolve(env.CONTENT_DIR ?? resolve(root, 'content')),
    databaseFile: env.DATABASE_FILE ?? resolve(root, 'data', 'lectern.db'),
    distDir: resolve(env.DIST_DIR ?? resolve(root, 'dist')),
    serverDir: resolve(env.SERVER_DIST_DIR ?? resolve(root, 'dist-server')),
    runtime: {
      siteName: {
        vi: env.SITE_NAME_VI ?? DEFAULT_RUNTIME_CONFIG.siteName.vi,
        en: env.SITE_NAME_EN ?? DEFAULT_RUNTIME_CONFIG.siteName.en,
      },
      // A synced site is served from the embedded store, as the Markdown source is.
      contentSource: source.kind === 'wordpress' ? 'wordpress' : 'lectern',
      editorUrl,
      feedbackRetentionDays: editor.retentionDays,
    },
  }
}

function readSource(env: NodeJS.ProcessEnv): SourceConfig {
  const kind = env.CONTENT_SOURCE?.trim() || 'lectern'
  if (kind === 'lectern') return { kind }
  if (kind === 'site') return { kind, ...readSiteConfig(env) }
  if (kind !== 'wordpress') {
    throw new Error(`CONTENT_SOURCE must be "lectern", "wordpress" or "site" (got "${kind}")`)
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

const number = (env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, what: string): number => {
  const raw = env[name]?.trim()
  const value = raw ? Number(raw) : fallback
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} must be ${what} from ${min} to ${max} (got "${raw}")`)
  return value
}

export function readSiteConfig(env: NodeJS.ProcessEnv): SiteConfig {
  const raw = env.SITE_URL?.trim() ?? ''
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`CONTENT_SOURCE=site needs SITE_URL, the portal's public root such as https://portal.example/ (got "${raw}")`)
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password) throw new Error(`SITE_URL must be an http(s) address without user or password (got "${raw}")`)
  const contact = env.SITE_CONTACT?.trim() || ''
  if (/[\r\n()]/.test(contact)) throw new Error('SITE_CONTACT must be one line without parentheses (a mail or web address)')
  const mb = (name: string, fallback: number, max: number) => Math.round(number(env, name, fallback, 0.01, max, 'a number of megabytes') * 1024 * 1024)
  return {
    url: url.href,
    profilePath: env.SITE_PROFILE?.trim() ? resolve(env.SITE_PROFILE.trim()) : null,
    syncMinutes: number(env, 'SITE_SYNC_MINUTES', 15, 1, 24 * 60, 'a number of minutes'),
    contact: contact || url.origin,
    rate: number(env, 'SITE_RATE', 4, 0.1, 100, 'a number of requests per second'),
    concurrency: Math.round(number(env, 'SITE_CONCURRENCY', 2, 1, 16, 'a whole number of requests')),
    timeoutMs: Math.round(number(env, 'SITE_TIMEOUT_MS', 15_000, 100, 120_000, 'a number of milliseconds')),
    maxPageBytes: mb('SITE_MAX_PAGE_MB', 5, 100),
    maxPictureBytes: mb('SITE_MAX_PICTURE_MB', 10, 100),
    pictureDir: resolve(env.SITE_PICTURE_DIR?.trim() || resolve(root, 'data', 'site-pictures')),
    pictureCacheBytes: mb('SITE_PICTURE_CACHE_MB', 500, 100_000),
  }
}

function readEditorConfig(env: NodeJS.ProcessEnv): EditorConfig {
  const databaseUrl = env.FEEDBACK_DATABASE_URL?.trim() || null
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error(`FEEDBACK_DATABASE_URL must be a postgres:// URL (got "${databaseUrl.replace(/\/\/[^@/]*@/, '//…@')}")`)
  }
  const sessionSecret = env.EDITOR_SESSION_SECRET?.trim() || null
  if (sessionSecret && sessionSecret.length < 32) throw new Error('EDITOR_SESSION_SECRET must be at least 32 characters')
  const secureCookie = env.EDITOR_SECURE_COOKIE?.trim() || 'auto'
  if (secureCookie !== 'auto' && secureCookie !== 'always') throw new Error(`EDITOR_SECURE_COOKIE must be "auto" or "always" (got "${secureCookie}")`)
  const retentionDays = Number(env.FEEDBACK_RETENTION_DAYS ?? DEFAULT_RUNTIME_CONFIG.feedbackRetentionDays)
  if (!Number.isInteger(retentionDays) || retentionDays < 1) {
    throw new Error(`FEEDBACK_RETENTION_DAYS must be a whole number of days, 1 or more (got "${env.FEEDBACK_RETENTION_DAYS}")`)
  }
  const smtpUrl = env.SMTP_URL?.trim()
  const to = env.FEEDBACK_NOTIFY_TO?.trim()
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new Error('SMTP_URL must be an smtp:// or smtps:// URL')
  if (smtpUrl && !to) throw new Error('SMTP_URL is set: FEEDBACK_NOTIFY_TO must name the editors\' address')
  const publicUrl = env.PUBLIC_URL?.trim().replace(/\/+$/, '') || null
  if (publicUrl && !/^https?:\/\//.test(publicUrl)) throw new Error(`PUBLIC_URL must be an http(s) URL (got "${publicUrl}")`)
  return {
    databaseUrl,
    sessionSecret,
    secureCookie,
    retentionDays,
    notify: smtpUrl && to ? { smtpUrl, to, from: env.FEEDBACK_NOTIFY_FROM?.trim() || `Lectern <${to}>` } : null,
    publicUrl,
  }
}
