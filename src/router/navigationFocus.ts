/**
 * After a client-side navigation, focus belongs on the new page's h1 and its title should be
 * spoken. The router marks that a navigation happened; the view's heading takes the focus once
 * its content is ready (see usePageHeading). The first page load leaves focus where the browser
 * puts it, as a reader arriving from elsewhere expects.
 */
let pending = false

export const markNavigation = (): void => {
  pending = true
}

export function takePendingFocus(): boolean {
  const was = pending
  pending = false
  return was
}

/** Focus an element that is not focusable by nature (a heading, main), then let it be. */
export function focusElement(element: HTMLElement | null | undefined): void {
  if (!element) return
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1')
  element.focus({ preventScroll: true })
}
