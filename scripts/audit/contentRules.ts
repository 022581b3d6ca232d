import { detectLanguage, primaryLanguage } from '../../core/contentCheck/language'
import {
  altIsFileName, documentFormat, isVagueLinkText, mentionsNewWindow, namesFormatAndSize, normalizeText as normalize,
} from '../../core/contentCheck/words'

/** A passage needs fewer words than a page to be judged: it is one language by construction. */
const PASSAGE_WORDS = 12
import { finding, type Finding, type RuleFilter } from './rules'

/** What the page holds, as collected in the browser (content.ts); the rules below are plain functions of it. */
export interface PageContent {
  lang: string
  mainText: string
  passages: { selector: string; lang: string; text: string }[]
  links: { selector: string; name: string; href: string; target: string; adjacentToPrevious: boolean }[]
  images: { selector: string; alt: string | null; title: string; src: string; width: number; height: number }[]
  fields: { selector: string; placeholder: string; labelled: boolean }[]
  groups: { name: string; selectors: string[]; grouped: boolean }[]
  looseHints: string[]
  emptyParagraphs: string[]
  deprecated: string[]
  accesskeys: string[]
}

/** A wide, short image described by a sentence: probably a banner or heading drawn as an image. */
export const looksLikeImageOfText = (alt: string, width: number, height: number): boolean =>
  height > 0 && width / height >= 3 && height <= 200 && alt.trim().split(/\s+/).length >= 3

/** Targets that keep the link in the reader's window. */
const SAME_WINDOW_TARGETS = new Set(['_self', '_top', '_parent'])

const hrefKey = (href: string): string => href.replace(/#.*$/, '').replace(/\/$/, '')

export function contentFindings(c: PageContent, enabled: RuleFilter): Finding[] {
  const out: Finding[] = []
  const add = (rule: Parameters<typeof finding>[0], help: string, targets: string[]): void => {
    if (targets.length && enabled(rule)) out.push(finding(rule, help, targets))
  }
  add('link-text-vague', 'Link text that means nothing out of context: name where the link goes',
    c.links.filter((l) => isVagueLinkText(l.name)).map((l) => `${l.selector} ("${l.name}")`))

  const byText = new Map<string, Set<string>>()
  for (const l of c.links) {
    const text = normalize(l.name)
    if (!text || isVagueLinkText(l.name)) continue
    byText.set(text, (byText.get(text) ?? new Set()).add(hrefKey(l.href)))
  }
  add('link-same-text', 'Links with the same text go to different places',
    [...byText].filter(([, hrefs]) => hrefs.size > 1).map(([text, hrefs]) => `"${text}" → ${[...hrefs].join(', ')}`))
  add('link-adjacent-duplicate', 'Adjacent links go to the same place: join them into one link',
    c.links.filter((l, i) => i > 0 && l.adjacentToPrevious && l.href === c.links[i - 1]!.href).map((l) => l.selector))
  add('link-new-window', 'These links open a new window or tab without saying so',
    c.links.filter((l) => l.target && !SAME_WINDOW_TARGETS.has(l.target) && !mentionsNewWindow(l.name)).map((l) => l.selector))
  add('link-document', 'Links to documents should name the format and size',
    c.links.filter((l) => {
      const format = documentFormat(l.href)
      return format !== undefined && !namesFormatAndSize(l.name, format)
    }).map((l) => `${l.selector} ("${l.name}")`))

  add('alt-filename', 'alt text is a file name, not a description',
    c.images.filter((i) => i.alt !== null && altIsFileName(i.alt, i.src)).map((i) => `${i.selector} (alt="${i.alt}")`))
  add('alt-repeats-title', 'alt and title say the same: screen readers read it twice',
    c.images.filter((i) => i.alt && i.title && normalize(i.alt) === normalize(i.title)).map((i) => i.selector))
  add('image-of-text', 'Possibly an image of text (wide, short, described by a sentence): use real text if it is',
    c.images.filter((i) => i.alt && looksLikeImageOfText(i.alt, i.width, i.height)).map((i) => `${i.selector} (alt="${i.alt}")`))

  add('placeholder-label', 'The placeholder is the only label: it disappears when typing and is often too faint',
    c.fields.filter((f) => f.placeholder.trim() && !f.labelled).map((f) => f.selector))
  add('hint-not-associated', 'A hint beside a field is not tied to it (aria-describedby): screen readers skip it', c.looseHints)
  add('group-no-fieldset', 'Radio buttons or checkboxes of one question are not grouped in a fieldset with a legend',
    c.groups.filter((g) => !g.grouped).map((g) => `${g.name}: ${g.selectors.join(', ')}`))
  add('empty-paragraph', 'Empty paragraphs used for spacing: use CSS margins', c.emptyParagraphs)
  add('deprecated-element', 'Presentational elements: use CSS', c.deprecated)
  add('accesskey', 'accesskey shortcuts clash with screen reader and browser keys', c.accesskeys)

  const page = detectLanguage(c.mainText)
  const declared = primaryLanguage(c.lang)
  if (page.language && declared && page.language !== declared) {
    const textLanguage = page.language === 'vi' ? 'Vietnamese' : 'English'
    const evidence = `${page.words} words, ${Math.round(page.marked * 100)} % with Vietnamese marks`
    add('lang-mismatch', `The page says lang="${c.lang}" but its text is ${textLanguage} (${evidence})`, ['html'])
  }
  const parts = c.passages.filter((p) => {
    const d = detectLanguage(p.text, PASSAGE_WORDS)
    return d.language && p.lang && d.language !== primaryLanguage(p.lang) && d.language !== page.language
  })
  add('lang-part-mismatch', 'A passage in another language than its lang: mark it with lang', parts.map((p) => `${p.selector} (lang="${p.lang}")`))
  return out
}
