import type { Router } from 'vue-router'

/**
 * Where focus goes after a client-side navigation, decided in one place:
 * - a new page: its h1 (the view's heading takes it once the content is ready);
 * - Back/Forward to a page you left from a link: that link again, so a reader going back to a
 *   list carries on from the article they had opened;
 * - the first page load: wherever the browser puts it, as a reader arriving from elsewhere expects.
 * It also tells the scroll restoration when the page is tall enough to restore into.
 */
type Pending = { kind: 'none' } | { kind: 'heading' } | { kind: 'return'; href: string }

let pending: Pending = { kind: 'none' }
let popstate = false
let resolveContent: (() => void) | undefined
let contentPromise: Promise<void> = Promise.resolve()
const linkLeftFrom = new Map<string, string>()
const pagePath = (fullPath: string): string => fullPath.split('#')[0]!

/**
 * Must run before the router's history is created: the router's own popstate listener can
 * finish a whole navigation in the microtasks right after it, before later listeners run.
 */
export function trackPopstate(): void {
  window.addEventListener('popstate', () => (popstate = true), { capture: true })
}

export function installNavigationFocus(router: Router): void {
  let first = true
  router.beforeEach((to, from) => {
    if (first || pagePath(to.fullPath) === pagePath(from.fullPath)) return
    const link = document.activeElement?.closest('a[href]')
    if (link) linkLeftFrom.set(from.fullPath, link.getAttribute('href')!)
    contentPromise = new Promise<void>((resolve) => {
      resolveContent = resolve
      setTimeout(resolve, 5000) // a page that never says it is ready must not hold the scroll forever
    })
  })
  router.afterEach((to, from, failure) => {
    const wasPopstate = popstate
    popstate = false
    if (first) {
      first = false
      return
    }
    if (failure || pagePath(to.fullPath) === pagePath(from.fullPath)) return
    const href = wasPopstate ? linkLeftFrom.get(to.fullPath) : undefined
    pending = href ? { kind: 'return', href } : { kind: 'heading' }
  })
}

/** Resolves when the current page's content (or its error) is on screen. */
export const contentReady = (): Promise<void> => contentPromise

/** Focus an element that is not focusable by nature (a heading, main), then let it be. */
export function focusElement(element: Element | null | undefined): void {
  if (!(element instanceof HTMLElement)) return
  if (!element.hasAttribute('tabindex') && !element.matches('a[href], button, input, select, textarea')) {
    element.setAttribute('tabindex', '-1')
  }
  element.focus({ preventScroll: true })
}

/** Called by the view once its content is ready: moves focus as decided, once per navigation. */
export function settleNavigation(heading: HTMLElement | null | undefined): void {
  const current = pending
  pending = { kind: 'none' }
  resolveContent?.()
  resolveContent = undefined
  if (current.kind === 'none') return
  const link = current.kind === 'return'
    ? document.querySelector(`main a[href="${CSS.escape(current.href)}"]`)
    : null
  focusElement(link ?? heading)
}

/** Makes the next ready page take focus, as after a navigation (used by "Try again"). */
export function markNavigation(): void {
  pending = { kind: 'heading' }
}
