import type { Browser, Page, Response, TestInfo } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * axe needs a script of its own in the page, which a context without JavaScript cannot run. So
 * the page the reader got (the last document the server sent: after a POST, its answer) is shown
 * again in a twin page with JavaScript on but every script of the page removed and the
 * `<noscript>` stylesheet in force: what a reader without JavaScript sees, with axe able to look.
 */
export function trackDocuments(page: Page): () => Response | undefined {
  let last: Response | undefined
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document' && response.frame() === page.mainFrame()) last = response
  })
  return () => last
}

export const withoutScripts = (html: string): string =>
  html
    .replace(/<script\b(?![^>]*type="application\/(?:json|ld\+json)")[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace(/<noscript>([\s\S]*?)<\/noscript>/g, '$1')

export async function expectNoAxeViolationsWithoutScript(
  browser: Browser, page: Page, lastDocument: () => Response | undefined, state: string, testInfo: TestInfo,
): Promise<void> {
  const response = lastDocument()
  if (!response) throw new Error('no document loaded yet')
  const html = withoutScripts(await response.text())
  const twin = await browser.newContext({ javaScriptEnabled: true, viewport: page.viewportSize(), baseURL: new URL(page.url()).origin, locale: 'vi-VN' })
  try {
    const twinPage = await twin.newPage()
    await twinPage.route(page.url(), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }))
    await twinPage.goto(page.url())
    await expectNoAxeViolations(twinPage, state, testInfo)
  } finally {
    await twin.close()
  }
}
