import type { Page } from '@playwright/test'
import { evaluateFast } from './cdp'
import { finding, type Finding, type RuleFilter } from './rules'
import { Timings } from './timings'

/**
 * Snapshot of text that is cut off or drawn over other text, taken before and after a change to
 * the text (doubled sizes, WCAG spacing): only what the change newly breaks is reported, so
 * visually-hidden text and deliberate truncation that was already there are not. These six calls
 * a width go straight over the DevTools protocol (evaluateFast): plain data in and out.
 */
const textTrouble = (page: Page): Promise<string[]> =>
  evaluateFast(page, () => {
    const A = window.__audit
    const trouble: string[] = []
    // Line boxes, not bounding boxes: a link that wraps has a bounding box across both lines.
    const blocks: { el: Element; rects: DOMRect[] }[] = []
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.matches('script, style, svg *, option')) continue
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim())
      const style = getComputedStyle(el)
      const clips = /hidden|clip/.test(style.overflowX + style.overflowY) || style.webkitLineClamp !== 'none'
      if (clips && (el.textContent ?? '').trim() && A.isVisible(el)) {
        if (el.scrollWidth > el.clientWidth + 2 || el.scrollHeight > el.clientHeight + 2) trouble.push(`clipped ${A.selectorOf(el)}`)
      }
      if (ownText && blocks.length < 400 && A.isVisible(el)) blocks.push({ el, rects: [...el.getClientRects()] })
    }
    for (let i = 0; i < blocks.length; i++) {
      for (let j = i + 1; j < blocks.length; j++) {
        const a = blocks[i]!, b = blocks[j]!
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue
        const overlaps = a.rects.some((r) => b.rects.some((q) =>
          Math.min(r.right, q.right) - Math.max(r.left, q.left) > 4 && Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top) > 4))
        if (overlaps) trouble.push(`overlap ${A.selectorOf(a.el)} / ${A.selectorOf(b.el)}`)
      }
    }
    return trouble
  })

/** Runs a change to the page's text, reports what it newly breaks (beyond `before`), and undoes it. */
async function newTrouble(page: Page, before: Set<string>, apply: () => Promise<void>, undo: () => Promise<void>): Promise<string[]> {
  await apply()
  try {
    return (await textTrouble(page)).filter((t) => !before.has(t)).slice(0, 10)
  } finally {
    await undo()
  }
}

/** Every element's font size doubled, as a browser's text-only zoom does (px sizes included). */
const doubleText = (page: Page) => evaluateFast(page, () => {
  const all = [...document.querySelectorAll<HTMLElement>('body, body *')]
  const sizes = all.map((el) => parseFloat(getComputedStyle(el).fontSize))
  all.forEach((el, i) => {
    el.dataset.auditFontSize = el.style.getPropertyValue('font-size')
    el.style.setProperty('font-size', `${sizes[i]! * 2}px`, 'important')
  })
})
const undoubleText = (page: Page) => evaluateFast(page, () => {
  for (const el of document.querySelectorAll<HTMLElement>('[data-audit-font-size]')) {
    if (el.dataset.auditFontSize) el.style.setProperty('font-size', el.dataset.auditFontSize)
    else el.style.removeProperty('font-size')
    delete el.dataset.auditFontSize
  }
})

/** WCAG 1.4.12's spacing, through a constructed style sheet (the page's CSP does not govern those). */
const spaceText = (page: Page) => evaluateFast(page, () => {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync([
    '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }',
    ' p { margin-bottom: 2em !important; }',
  ].join(''))
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
})
const unspaceText = (page: Page) => evaluateFast(page, () => { document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1) })

/** Text doubled (1.4.4) and WCAG text spacing (1.4.12): nothing newly clipped or overlapping. */
export async function checkTextAdaptation(page: Page, enabled: RuleFilter, timings = new Timings()): Promise<Finding[]> {
  const findings: Finding[] = []
  // Both changes start from, and are undone back to, the same page: one snapshot of it serves both.
  const before = new Set(await timings.time('text-resize', () => textTrouble(page)))
  if (enabled('text-resize')) {
    const broken = await timings.time('text-resize', () => newTrouble(page, before, () => doubleText(page), () => undoubleText(page)))
    if (broken.length) findings.push(finding('text-resize', 'With text at 200 %, text is cut off or overlaps', broken))
  }
  if (enabled('text-spacing')) {
    const broken = await timings.time('text-spacing', () => newTrouble(page, before, () => spaceText(page), () => unspaceText(page)))
    if (broken.length) findings.push(finding('text-spacing', 'With WCAG text spacing, text is cut off or overlaps', broken))
  }
  return findings
}

/** At 320 CSS px wide, the page itself must not scroll sideways (scroll containers for tables and code are fine). */
export async function checkReflow(page: Page): Promise<Finding[]> {
  const viewport = page.viewportSize()
  await page.setViewportSize({ width: 320, height: 640 })
  try {
    await page.evaluate(() => new Promise(requestAnimationFrame))
    const wide = await page.evaluate(() => {
      const width = document.documentElement.clientWidth
      if (document.documentElement.scrollWidth <= width + 1) return []
      return [...document.body.querySelectorAll<HTMLElement>('*')]
        .filter((el) => el.getBoundingClientRect().right > width + 1 && window.__audit.isVisible(el))
        .filter((el) => {
          for (let n = el.parentElement; n; n = n.parentElement) {
            if (/auto|scroll|hidden|clip/.test(getComputedStyle(n).overflowX) && n !== document.body && n !== document.documentElement) return false
          }
          return true
        })
        .filter((el, _, all) => !all.some((other) => other !== el && el.contains(other)))
        .slice(0, 5).map((el) => `${window.__audit.selectorOf(el)} (${Math.round(el.getBoundingClientRect().right)} px)`)
    })
    return wide.length ? [finding('reflow', 'At 320 CSS px the page scrolls sideways; these stick out', wide)] : []
  } finally {
    if (viewport) await page.setViewportSize(viewport)
  }
}

/** Typography worth a person's look: small, justified, capitals, italics, long lines (advice). */
export async function checkTypography(page: Page, enabled: RuleFilter): Promise<Finding[]> {
  const seen = await page.evaluate(() => {
    const A = window.__audit
    const found = { small: [] as string[], justified: [] as string[], caps: [] as string[], italic: [] as string[], long: [] as string[] }
    const main = document.querySelector('main, [role="main"]')
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim()
      if (!own || el.matches('script, style, noscript') || !A.isVisible(el)) continue
      const style = getComputedStyle(el)
      const text = (el.innerText ?? '').trim()
      const selector = () => A.selectorOf(el)
      if (parseFloat(style.fontSize) < 12 && found.small.length < 5) found.small.push(`${selector()} (${style.fontSize})`)
      if (style.textAlign === 'justify' && text.length >= 200 && found.justified.length < 5) found.justified.push(selector())
      const letters = text.replace(/[^\p{L}]/gu, '')
      const capitals = letters.length >= 60 && (style.textTransform === 'uppercase' || letters === letters.toLocaleUpperCase())
      if (capitals && letters !== letters.toLocaleLowerCase() && found.caps.length < 5) found.caps.push(selector())
      const italic = style.fontStyle === 'italic' || style.fontStyle.startsWith('oblique')
      if (text.length >= 200 && italic && found.italic.length < 5) found.italic.push(selector())
      if (main?.contains(el) && el.matches('p, li, dd, blockquote') && text.length >= 160) {
        const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2
        const lines = Math.max(1, Math.round(el.getBoundingClientRect().height / lineHeight))
        const perLine = Math.round(text.length / lines)
        if (lines > 1 && perLine > 80 && found.long.length < 5) found.long.push(`${selector()} (about ${perLine} characters a line)`)
      }
    }
    return found
  })
  const findings: Finding[] = []
  const add = (rule: Parameters<typeof finding>[0], help: string,
    targets: string[]) => { if (targets.length && enabled(rule)) findings.push(finding(rule, help, targets)) }
  add('text-small', 'Text smaller than 9 pt (12 px)', seen.small)
  add('text-justified', 'Justified text leaves uneven gaps between words', seen.justified)
  add('text-all-caps', 'Long passages in capitals are hard to read', seen.caps)
  add('text-italic', 'Long passages in italics are hard to read', seen.italic)
  add('line-length', 'Lines of the main text are longer than 80 characters', seen.long)
  return findings
}
