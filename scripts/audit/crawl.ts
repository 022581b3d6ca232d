/** Which pages to audit: the site's sitemap.xml first, then same-origin links found on the way. */

export function sameOriginPage(href: string, base: URL): string | undefined {
  try {
    const url = new URL(href, base)
    if (url.origin !== base.origin || !/^https?:$/.test(url.protocol)) return undefined
    url.hash = ''
    return url.href
  } catch {
    return undefined
  }
}

export function sitemapLocations(xml: string, base: URL): string[] {
  const urls = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))
  return urls.map((u) => sameOriginPage(u, base)).filter((u): u is string => u !== undefined)
}

/** `retryAfterS`: an overloaded server's 503 or 429 said when to ask again (Retry-After, in seconds). */
export type Preflight = { ok: true } | { ok: false; status: 'skipped' | 'error'; message: string; retryAfterS?: number }

/** Retry-After in seconds on a 503 or 429 (the delay form; a date is not worth waiting for here). */
export function retryAfterSeconds(status: number, header: string | null | undefined): number | undefined {
  if (status !== 503 && status !== 429) return undefined
  const seconds = header === null || header === undefined || header.trim() === '' ? NaN : Number(header)
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined
}

/**
 * A plain request before the browser goes: unreachable hosts, redirect loops, hanging servers and
 * non-HTML answers get a message a person can act on, and the run goes on with the rest.
 */
export async function preflight(url: string, timeoutMs: number): Promise<Preflight> {
  try {
    const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'text/html' } })
    await response.body?.cancel()
    if (response.status >= 400) {
      const retryAfterS = retryAfterSeconds(response.status, response.headers.get('retry-after'))
      return { ok: false, status: 'error', message: `answered HTTP ${response.status}`, retryAfterS }
    }
    const type = response.headers.get('content-type') ?? ''
    if (!/text\/html|application\/xhtml\+xml/.test(type)) return { ok: false, status: 'skipped', message: `not an HTML page (${type || 'no content type'})` }
    return { ok: true }
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      return { ok: false, status: 'error', message: `did not answer within ${Math.round(timeoutMs / 1000)} s` }
    }
    if (/redirect/i.test(cause)) return { ok: false, status: 'error', message: `redirects in a loop (${cause})` }
    return { ok: false, status: 'error', message: `could not be reached (${cause})` }
  }
}
