import type { Element, ElementContent, Root, RootContent } from 'hast'
import type { Notebook } from './conversionNotes'
import { attr, descendants, isElement, textOf, type HastParent } from './hastText'
import { svgPicture } from './inlineSvg'

/**
 * What must happen to a body before the sanitizer sees it, so that it does not lose meaning with
 * danger (issue 23, faithful conversion), for Markdown's raw HTML and CMS HTML alike:
 * - content the author hid (`hidden`, `aria-hidden="true"`, inline `display:none` or
 *   `visibility:hidden`) is dropped, not revealed once styles are gone;
 * - a link named only by `aria-labelledby`/`aria-label` keeps that name (as `aria-label`, which
 *   conversion turns into the link's text); `title` survives the sanitizer on its own;
 * - an inline SVG with a title becomes a described picture, without one it is noted and dropped;
 * - a player (`video`, `audio`, `iframe`, `embed`, `object`) with a usable address becomes a link
 *   to its media, each caption track a link too; without one it is noted and dropped;
 * - form controls and formulas, which the sanitizer removes, are noted when they held words.
 */
export function prepareFaithfully(tree: Root, note: Notebook): void {
  const byId = new Map<string, Element>()
  for (const el of descendants(tree)) {
    const id = attr(el, 'id')
    if (id && !byId.has(id)) byId.set(id, el)
  }
  transformChildren(tree, { note, byId })
}

interface Context {
  note: Notebook
  byId: ReadonlyMap<string, Element>
}

const EMBEDDED = new Set(['iframe', 'video', 'audio', 'embed', 'object'])
/** Removed by the sanitizer; an editor should know when they held words. */
const CONTROLS = new Set(['button', 'select', 'textarea', 'math', 'input'])

function transformChildren(parent: HastParent, context: Context): void {
  const next: (RootContent | ElementContent)[] = []
  for (const child of parent.children) {
    if (!isElement(child)) next.push(child)
    else next.push(...transform(child, context))
  }
  parent.children = next as HastParent['children']
}

export function isHidden(el: Element): boolean {
  if (el.properties.hidden !== undefined && el.properties.hidden !== false) return true
  if (attr(el, 'ariaHidden') === 'true') return true
  const style = attr(el, 'style') ?? ''
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i.test(style)
}

const text = (value: string): ElementContent => ({ type: 'text', value })
const link = (href: string, label: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [text(label)] })
const paragraph = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'p', properties: {}, children })
const words = (el: Element): string => textOf(el).replace(/\s+/g, ' ').trim()

function transform(el: Element, context: Context): ElementContent[] {
  if (isHidden(el)) {
    // Hidden on purpose: stays hidden. Words the author hid are noted; an icon hidden from
    // screen readers is not worth an editor's time.
    const hidden = words(el)
    if (hidden) context.note('hidden-removed', hidden)
    return []
  }
  const tag = el.tagName.toLowerCase()
  if (tag === 'svg') return svgOf(el, context)
  if (EMBEDDED.has(tag)) return mediaOf(el, context)
  if (CONTROLS.has(tag)) {
    const held = tag === 'input' ? attr(el, 'value') ?? '' : words(el)
    if (held.trim()) context.note('content-removed', held)
    return [el]
  }
  if (tag === 'a') nameLink(el, context)
  transformChildren(el, context)
  return [el]
}

/** A link's name from `aria-labelledby` (the referenced elements' words) or `aria-label`. */
function nameLink(el: Element, context: Context): void {
  const labelledBy = (attr(el, 'ariaLabelledBy') ?? '').split(/\s+/).filter(Boolean)
  const fromIds = labelledBy.map((id) => context.byId.get(id)).filter((e): e is Element => e !== undefined).map(words).join(' ').trim()
  const label = fromIds || (attr(el, 'ariaLabel') ?? '').trim()
  el.properties.ariaLabel = label || undefined
  el.properties.ariaLabelledBy = undefined
}

function svgOf(svg: Element, context: Context): ElementContent[] {
  const picture = svgPicture(svg)
  if (!picture) {
    context.note('svg-removed', words(svg) || 'svg')
    return []
  }
  return [{ type: 'element', tagName: 'img', properties: { src: picture.src, alt: picture.alt }, children: [] }]
}

function mediaSource(el: Element): string | undefined {
  const direct = attr(el, 'src') ?? attr(el, 'data')
  if (direct) return direct
  const source = el.children.find((c): c is Element => isElement(c) && c.tagName === 'source' && Boolean(attr(c, 'src')))
  return source ? attr(source, 'src') : undefined
}

const usable = (url: string | undefined): url is string => url !== undefined && /^(?:https?:)?\/\/|^\/(?!\/)/i.test(url.trim())

/** A player as a link to what it plays (named by its title or label, else its address), and its caption tracks. */
function mediaOf(el: Element, context: Context): ElementContent[] {
  const src = mediaSource(el)
  const name = (attr(el, 'title') ?? attr(el, 'ariaLabel') ?? '').trim()
  if (!usable(src)) {
    context.note('media-removed', name || words(el) || el.tagName)
    return []
  }
  const tracks = el.children
    .filter((c): c is Element => isElement(c) && c.tagName === 'track' && usable(attr(c, 'src')))
    .map((track) => {
      const label = (attr(track, 'label') ?? '').trim() || attr(track, 'src')!
      return link(attr(track, 'src')!.trim(), label)
    })
  const links: ElementContent[] = [link(src.trim(), name || src.trim())]
  for (const track of tracks) links.push(text(' — '), track)
  return [paragraph(links)]
}
