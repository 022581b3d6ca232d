import type { Page } from '@playwright/test'
import type { PageContent } from './contentRules'

/** Collects what the content rules judge, in one pass in the page (after installHelpers). */
export function collectContent(page: Page): Promise<PageContent> {
  return page.evaluate(() => {
    const A = window.__audit
    const visible = (el: Element) => A.isVisible(el)
    const main = document.querySelector('main, [role="main"]') ?? document.body
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].filter(visible)
    const ids = (el: Element, attr: string) => (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)
    const textBetween = (a: Element, b: Element): string => {
      const range = document.createRange()
      range.setStartAfter(a)
      range.setEndBefore(b)
      return range.toString()
    }
    const notTyped = ['hidden', 'submit', 'button', 'reset', 'image'].map((type) => `:not([type="${type}"])`).join('')
    const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`input${notTyped}, textarea, select`)]
      .filter(visible)
    const groups = new Map<string, HTMLInputElement[]>()
    for (const f of fields) {
      if (!(f instanceof HTMLInputElement && (f.type === 'radio' || f.type === 'checkbox') && f.name)) continue
      const key = `${f.type} ${f.name}`
      groups.set(key, [...(groups.get(key) ?? []), f])
    }
    const HINT_CLASS = /hint|help|desc|instruction|note|format/i
    const HINT_TEXT = /^(ví dụ|vd[.:]|định dạng|gợi ý|lưu ý|tối thiểu|tối đa|phải |e\.g\.|for example|format|example|must |at least|at most|use \d)/i
    const looseHints: string[] = []
    for (const field of fields) {
      let box = field.parentElement
      if (box && box.children.length === 1 && box !== document.body) box = box.parentElement
      if (!box || box === document.body || box.matches('form, main, fieldset')) continue
      const tied = new Set([...ids(field, 'aria-describedby'), ...ids(field, 'aria-labelledby'), ...ids(field, 'aria-details')])
      for (const el of box.querySelectorAll<HTMLElement>('p, span, div, small, em')) {
        if (el.contains(field) || el.closest('label, legend') || el.querySelector('input, select, textarea, label') || !visible(el)) continue
        const text = (el.textContent ?? '').trim()
        const looksLikeHint = HINT_CLASS.test(`${el.className} ${el.id}`) || HINT_TEXT.test(text)
        if (text && looksLikeHint && !tied.has(el.id) && ![...tied].some((id) => document.getElementById(id)?.contains(el))) looseHints.push(A.selectorOf(el))
      }
    }
    const passages = [...main.querySelectorAll<HTMLElement>('p, li, blockquote, td, dd, figcaption, h1, h2, h3, h4, h5, h6')]
      .filter((el) => visible(el) && !el.querySelector('p, li, blockquote'))
      .slice(0, 300)
      .map((el) => ({ selector: A.selectorOf(el), lang: el.closest('[lang]')?.getAttribute('lang') ?? '', text: el.innerText }))
    return {
      lang: document.documentElement.getAttribute('lang') ?? '',
      mainText: (main as HTMLElement).innerText.slice(0, 20_000),
      passages,
      links: links.map((a, i) => ({
        selector: A.selectorOf(a), name: A.nameOf(a), href: a.href, target: a.target,
        adjacentToPrevious: i > 0 && textBetween(links[i - 1]!, a).trim() === '' && !links[i - 1]!.contains(a)
          && Boolean(links[i - 1]!.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING),
      })),
      images: [...document.querySelectorAll<HTMLImageElement>('img')].filter(visible).map((img) => ({
        selector: A.selectorOf(img), alt: img.getAttribute('alt'), title: img.getAttribute('title') ?? '', src: img.currentSrc || img.src,
        width: img.getBoundingClientRect().width, height: img.getBoundingClientRect().height,
      })),
      fields: fields.map((f) => ({
        selector: A.selectorOf(f), placeholder: f.getAttribute('placeholder') ?? '',
        labelled: Boolean(f.labels?.length || f.getAttribute('aria-label')?.trim()
          || ids(f, 'aria-labelledby').some((id) => document.getElementById(id)?.textContent?.trim()) || f.getAttribute('title')?.trim()),
      })),
      groups: [...groups].filter(([, members]) => members.length > 1).map(([name, members]) => ({
        name, selectors: members.map((m) => A.selectorOf(m)),
        grouped: members.every((m) => {
          const fieldset = m.closest('fieldset')
          if (fieldset?.querySelector(':scope > legend')?.textContent?.trim()) return true
          const group = m.closest('[role="radiogroup"], [role="group"]')
          return Boolean(group && A.nameOf(group))
        }),
      })),
      looseHints,
      // An empty <p></p> waiting for a script takes no room; &nbsp; or <br> inside one is spacing.
      emptyParagraphs: [...document.querySelectorAll('p')]
        .filter((p) => (p.textContent ?? '').replace(/[\s\u00a0]+/g, '') === '')
        .filter((p) => !p.querySelector('img, svg, input, select, textarea, button, iframe, video, audio, canvas, object'))
        .filter((p) => p.getBoundingClientRect().height > 0).map((p) => A.selectorOf(p)),
      deprecated: [...document.querySelectorAll('center, font, big, tt, strike, basefont')].map((el) => A.selectorOf(el)),
      accesskeys: [...document.querySelectorAll('[accesskey]')].map((el) => `${A.selectorOf(el)} (accesskey="${el.getAttribute('accesskey')}")`),
    }
  })
}
