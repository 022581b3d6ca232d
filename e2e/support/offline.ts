import { expect, type Page } from '@playwright/test'

/** Waits until the service worker is active and controls the page (it claims it on first install). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    }
  })
}

/** Presses the article's "save for offline" toggle with the keyboard and waits until it is saved. */
export async function saveWithKeyboard(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Lưu để đọc ngoại tuyến' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  // The drawn check mark is not part of its name: the pressed state says it.
  await expect(toggle).toHaveAccessibleName('Lưu để đọc ngoại tuyến')
  await expect(toggle).toBeFocused()
}

/** Article slugs from the sitemap, in its order. */
export async function articleSlugs(page: Page): Promise<string[]> {
  const response = await page.request.get('/api/sitemap')
  const sitemap = (await response.json()) as { categories: { articles: { slug: string }[] }[] }
  return sitemap.categories.flatMap((c) => c.articles.map((a) => a.slug))
}

/**
 * Everything the polite live region says from now on. Needed where two messages follow each other
 * (on reconnecting, the page's data refreshes and its title is said again after "back online").
 */
export async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = [...document.querySelectorAll('[role="status"][aria-live="polite"]')].find((el) => el.tagName === 'P')!
    const said: string[] = ((window as unknown as { said: string[] }).said = [])
    new MutationObserver(() => void (region.textContent && said.push(region.textContent))).observe(region, { childList: true, characterData: true,
      subtree: true })
  })
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said)
}
