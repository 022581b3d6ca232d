import type { Page, Response } from '@playwright/test'
import { preflight, retryAfterSeconds, type Preflight } from './crawl'

/** A page loaded and settled in a tab, or why it could not be. */
export type Loaded = Preflight

/** Waits an overloaded server asks for (Retry-After) are honoured up to this long, twice at most. */
const MAX_RETRY_AFTER_S = 10
const RETRIES = 2

export const loadErrorText = (error: unknown, timeoutMs: number): string => {
  const text = error instanceof Error ? error.message.split('\n')[0]! : String(error)
  return /Timeout/i.test(text) ? `did not finish loading within ${Math.round(timeoutMs / 1000)} s` : text
}

const worthWaiting = (failed: Loaded, attempt: number): number | undefined =>
  !failed.ok && failed.retryAfterS !== undefined && failed.retryAfterS <= MAX_RETRY_AFTER_S && attempt < RETRIES ? failed.retryAfterS : undefined

/**
 * The browser's load of a page that answered the plain request, until the network has been quiet
 * (late chunks, hydration). A file the server turned away for overload (its stylesheet, a script)
 * leaves a page that is not the page (unstyled: default focus rings, long lines): that load does
 * not count either, and is asked again when the server says.
 */
async function open(page: Page, url: string, timeoutMs: number): Promise<Loaded> {
  const shed: { path: string; retryAfterS: number }[] = []
  const onResponse = (response: Response): void => {
    const retryAfterS = retryAfterSeconds(response.status(), response.headers()['retry-after'])
    if (retryAfterS !== undefined) shed.push({ path: new URL(response.url()).pathname, retryAfterS })
  }
  page.on('response', onResponse)
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs })
    if (response && response.status() >= 400) {
      const retryAfterS = retryAfterSeconds(response.status(), response.headers()['retry-after'])
      return { ok: false, status: 'error', message: `answered HTTP ${response.status()}`, retryAfterS }
    }
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined)
    if (shed.length) {
      const message = `the server turned away ${shed.length} of its files as overloaded (${shed.slice(0, 3).map((s) => s.path).join(', ')})`
      return { ok: false, status: 'error', message, retryAfterS: Math.max(...shed.map((s) => s.retryAfterS)) }
    }
    return { ok: true }
  } catch (error) {
    return { ok: false, status: 'error', message: loadErrorText(error, timeoutMs) }
  } finally {
    page.off('response', onResponse)
  }
}

/**
 * Loads a page as a reader opens it: a plain request first (unreachable hosts, loops and non-HTML
 * answers get a message a person can act on), then the browser. An error answer is never audited
 * as if it were the page (an overloaded server's JSON 503 has no title, no lang, no skip link): a
 * 503 or 429 with a short Retry-After, for the page or one of its files, is asked again after that
 * wait, as the server asks; any other 4xx/5xx for the page is its error.
 */
export async function loadPage(page: Page, url: string, timeoutMs: number): Promise<Loaded> {
  for (let attempt = 0; ; attempt++) {
    const check = await preflight(url, timeoutMs)
    const loaded = check.ok ? await open(page, url, timeoutMs) : check
    const wait = worthWaiting(loaded, attempt)
    if (wait === undefined) return loaded
    await new Promise((resolve) => setTimeout(resolve, wait * 1000))
  }
}
