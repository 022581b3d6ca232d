import type { CDPSession, Page } from '@playwright/test'

const sessions = new WeakMap<Page, Promise<CDPSession>>()

/**
 * One DevTools protocol session per page, opened on first use and kept for the page's life
 * (Playwright detaches it when the page closes). Opening and detaching a session costs two round
 * trips to the browser; the listener lookups and focus pictures need hundreds of calls a page.
 */
export function cdpSession(page: Page): Promise<CDPSession> {
  let session = sessions.get(page)
  if (!session) {
    session = page.context().newCDPSession(page)
    sessions.set(page, session)
  }
  return session
}
