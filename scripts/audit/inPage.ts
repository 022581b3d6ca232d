import type { Page } from '@playwright/test'
import { evaluateFast } from './cdp'

/**
 * Helpers the checks call inside the audited page (`window.__audit`). Functions given to
 * page.evaluate are sent as source text: tsx (the CLI) wraps named inner functions in an esbuild
 * helper, `__name`, that exists only in Node, so the page gets a do-nothing `__name` first. The
 * helpers are defined once per load, not repeated in every check. They go in over the DevTools
 * protocol (Runtime.evaluate), which the page's Content-Security-Policy does not govern.
 */
export interface AuditHelpers {
  /** A short CSS path a person can paste into DevTools. */
  selectorOf(el: Element): string
  /** Rendered and not hidden (visually-hidden 1 px text counts as hidden). */
  isVisible(el: Element): boolean
  /** The accessible name as most screen readers compute it for links and controls (simplified). */
  nameOf(el: Element): string
  /** Starts watching the page for any effect (DOM change, URL, focus); `effect()` says whether one happened. */
  watch(): void
  effect(): string | undefined
  /** Elements keyboard users can Tab to, in DOM order. */
  tabbables(root?: ParentNode): HTMLElement[]
}

declare global {
  interface Window {
    __audit: AuditHelpers
  }
}

export async function installHelpers(page: Page): Promise<void> {
  // Each width's checks and the width-independent ones ask for them; a load needs them once. Fonts
  // are waited for every time: another width may use a face not loaded yet.
  if (await evaluateFast(page, async () => { await document.fonts.ready; return '__audit' in window })) return
  await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)')
  // Pictures and positions must not change under the checks: web fonts arriving late, smooth
  // scrolling still under way, transitions and animations half done, a blinking caret all would.
  // Done once here rather than by each screenshot (Playwright's own options cost ~30 ms a picture).
  // A constructed style sheet is not subject to the page's CSP.
  await evaluateFast(page, async () => {
    await document.fonts.ready
    if ('__audit' in window) return
    const sheet = new CSSStyleSheet()
    const still = [
      'scroll-behavior: auto', 'transition-duration: 0s', 'transition-delay: 0s', 'animation-duration: 0s', 'animation-delay: 0s', 'caret-color: transparent',
    ]
    sheet.replaceSync(`*, *::before, *::after { ${still.map((declaration) => `${declaration} !important; `).join('')}}`)
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  })
  await evaluateFast(page, () => {
    let observer: MutationObserver | undefined
    let changes = 0
    let startUrl = ''
    let startFocus: Element | null = null
    const TABBABLE = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]'
    function isVisible(el: Element): boolean {
      const rect = el.getBoundingClientRect()
      if (rect.width <= 1 || rect.height <= 1) return false
      const style = getComputedStyle(el)
      return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0 && !el.closest('[hidden], [inert], [aria-hidden="true"]')
    }
    function textOf(el: Element): string {
      let text = ''
      for (const node of el.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? ''
        else if (node instanceof HTMLImageElement) text += ` ${node.alt ?? ''} `
        else if (node instanceof Element && getComputedStyle(node).display !== 'none' && node.getAttribute('aria-hidden') !== 'true') {
          text += ` ${node.getAttribute('aria-label') ?? textOf(node)} `
        }
      }
      return text
    }
    window.__audit = {
      selectorOf(el) {
        if (el.id && document.querySelectorAll(`#${CSS.escape(el.id)}`).length === 1) return `#${CSS.escape(el.id)}`
        const path: string[] = []
        for (let node: Element | null = el; node && node !== document.documentElement; node = node.parentElement) {
          if (node.id && document.querySelectorAll(`#${CSS.escape(node.id)}`).length === 1) { path.unshift(`#${CSS.escape(node.id)}`); break }
          const parent: Element | null = node.parentElement
          const same = parent ? [...parent.children].filter((c) => c.tagName === node!.tagName) : []
          const tag = node.tagName.toLowerCase()
          path.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(node) + 1})` : tag)
        }
        return path.join(' > ')
      },
      isVisible,
      nameOf(el) {
        const labelledby = el.getAttribute('aria-labelledby')
        if (labelledby) {
          const text = labelledby.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
          if (text.trim()) return text.replace(/\s+/g, ' ').trim()
        }
        const label = el.getAttribute('aria-label')
        if (label?.trim()) return label.replace(/\s+/g, ' ').trim()
        const text = textOf(el).replace(/\s+/g, ' ').trim()
        return text || (el.getAttribute('title') ?? '').trim()
      },
      watch() {
        observer?.disconnect()
        changes = 0
        startUrl = location.href
        startFocus = document.activeElement
        observer = new MutationObserver((records) => { changes += records.length })
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
      },
      effect() {
        observer?.takeRecords().forEach(() => changes++)
        observer?.disconnect()
        observer = undefined
        if (location.href !== startUrl) return 'the address changed'
        if (changes > 0) return 'the page changed'
        if (document.activeElement !== startFocus) return 'focus moved'
        return undefined
      },
      tabbables(root = document) {
        return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.tabIndex >= 0 && !(el as HTMLInputElement).disabled && isVisible(el))
      },
    }
  })
}
