import { classOf, hasClass, textOf, walkElements, wordsOf } from './dom'

/**
 * Cleanup around the generic extractor. Before it: page furniture that sits inside article
 * containers (share bars, related lists, comments, print links) goes, because Readability keeps
 * whatever shares the winning container. After it: the body is flattened into plain blocks,
 * pictures get their captions as `<figure>`s, and lines that are metadata (date, byline) leave.
 */

// Furniture by class or id. Strong names are furniture whatever they hold (a comment thread has
// many paragraphs); weak ones ("sidebar", "widget", "tags", …) also name layout wrappers around
// the article ("l-sidebar-fixed l-article-body-segment"), so they go only when they hold little text.
const STRONG_JUNK = [
  'share', 'sharing', 'social', 'addthis', 'sharethis', 'a2a', 'comment', 'comments', 'disqus', 'fb-comments',
  'binh-luan', 'binhluan', 'related', 'relate', 'tin-lien-quan', 'tinlienquan', 'tin-khac', 'tinkhac', 'lien-quan',
  'newsletter', 'subscribe', 'jp-relatedposts', 'sharedaddy', 'yarpp', 'cookie', 'consent', 'skip-link', 'print',
  // Wiki and documentation furniture: edit and permalink marks beside headings ("[edit]", "¶"), and
  // the in-page contents box (Lectern draws its own).
  'editsection', 'headerlink', 'toc',
]
const WEAK_JUNK = [
  'advert', 'advertisement', 'ads', 'banner', 'quang-cao', 'quangcao', 'rating', 'vote',
  'tags', 'tag-list', 'post-tags', 'entry-tags', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'nav-links',
  'post-navigation', 'author-box', 'author-bio', 'widget', 'sidebar', 'toolbar', 'most-read', 'popular', 'xem-them',
  'article-info', 'entry-meta', 'post-meta', 'article-meta', 'jeg_meta_container',
  'screen-reader-text', 'fontsize', 'font-size',
]
const tokens = (names: string[]): RegExp => new RegExp(`(^|[\\s_-])(${names.join('|')})($|[\\s_-])`, 'i')
const STRONG_TOKEN = tokens(STRONG_JUNK)
const WEAK_TOKEN = tokens(WEAK_JUNK)

// The article's own containers: `article`, `[itemprop="articleBody"]`, these classes and this id.
const ARTICLE_CLASSES = new Set(['entry-content', 'post-content', 'article-content', 'ms-rtestate-field'])

function isArticleMark(element: Element): boolean {
  return element.tagName === 'ARTICLE' || element.getAttribute('itemprop') === 'articleBody'
    || element.getAttribute('id') === 'PublishingPageContent' || hasClass(element, ARTICLE_CLASSES)
}

// Never text to read. Not `form`: ASP.NET pages (SharePoint among them) wrap the whole page in one.
const ALWAYS_DROP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'DIALOG'])

/** Hidden, navigation, complementary, or a control: never part of the article. */
function alwaysDropped(element: Element): boolean {
  if (ALWAYS_DROP_TAGS.has(element.tagName) || element.hasAttribute('hidden')) return true
  if (element.getAttribute('aria-hidden') === 'true' && element.tagName !== 'IMG') return true
  const role = element.getAttribute('role')
  return role === 'navigation' || role === 'complementary'
}

/**
 * An id of more than four words is a heading's slug ("sharing-with-a-single-developer", the
 * section a documentation page or wiki gives each heading), not a name for furniture.
 */
function furnitureId(element: Element): string {
  const id = element.getAttribute('id') ?? ''
  return id.split(/[\s_-]+/).length > 4 ? '' : id
}

/** True when the element's class or id names page furniture. */
function isJunk(element: Element): boolean {
  const name = `${classOf(element)} ${furnitureId(element)}`
  if (name.length === 1) return false
  if (STRONG_TOKEN.test(name)) return true
  return WEAK_TOKEN.test(name) && element.getElementsByTagName('p').length < 3
}

// What Readability drops from the article it keeps anyway (footer, aside) and page navigation:
// removed before it runs, its link lists and teasers no longer weigh in choosing the article,
// nor cost its passes time (a news page's footer and sidebars are often most of the page).
const LAYOUT_FURNITURE = new Set(['NAV', 'ASIDE', 'FOOTER'])

export interface FurnitureOptions {
  /** The page's element list when the caller has it already (the page is walked once). */
  walk?: Element[]
  /** Also page-level `nav`, `aside` and `footer` (before the generic extractor, not in a profile's body). */
  layout?: boolean
}

/** Removes furniture from the page before extraction, never a container that holds the article. */
export function dropFurniture(root: Element | Document, extra: string[] = [], { walk, layout = false }: FurnitureOptions = {}): void {
  const top = 'documentElement' in root ? root.documentElement : root
  const removed = new Set<Element>()
  let elements: Element[] = []
  for (const element of walk ?? walkElements(top).elements) {
    // Descendants of a removed element went with it: not looked at again.
    if (element.parentElement && removed.has(element.parentElement)) removed.add(element)
    else if (element !== top && alwaysDropped(element)) {
      removed.add(element)
      element.remove()
    } else elements.push(element)
  }
  if (extra.length > 0) {
    for (const selector of extra) for (const element of root.querySelectorAll(selector)) element.remove()
    elements = walkElements(top).elements
  }
  // The article's containers and every element around them are never furniture.
  const holdsArticle = new Set<Element>()
  for (const mark of elements.filter(isArticleMark)) {
    for (let node: Element | null = mark; node && !holdsArticle.has(node); node = node.parentElement) holdsArticle.add(node)
  }
  for (const element of elements) {
    if (holdsArticle.has(element) || ['HTML', 'BODY', 'MAIN', 'ARTICLE'].includes(element.tagName)) continue
    if ((isJunk(element) && !namesItsHeading(element)) || (layout && LAYOUT_FURNITURE.has(element.tagName))) element.remove()
  }
}

const HEADING = 'h1, h2, h3, h4, h5, h6'
const WORDLIKE = /[\p{L}\p{N}]/u

/**
 * Inside a heading, an element whose class names furniture may still hold the heading's words:
 * documentation pages link each heading's text back to their contents box (`toc-backref`).
 * Removing it would leave the reader a heading named "¶". It stays when nothing else in the
 * heading is a word.
 */
function namesItsHeading(element: Element): boolean {
  const heading = element.closest(HEADING)
  if (!heading || heading === element) return false
  return !WORDLIKE.test(textOf(heading).replace(textOf(element), ''))
}

const LEAD_CLASS = /(^|[\s_-])(sapo|lead|summary|chapeau|standfirst|excerpt|intro|introduction|tom-?tat|mo-?ta|trichdan|description|subtitle|teaser)($|[\s_-])/i

const NOT_LEAD_CONTAINERS = new Set(['LI', 'NAV', 'FOOTER', 'ASIDE', 'A', 'FIGURE', 'FIGCAPTION'])
const MEDIA = ['figure', 'figcaption', 'img', 'picture', 'video', 'audio', 'iframe']
const MEDIA_NAME = /(^|[\s_-])(media|caption|video|photo|image|img|player|gallery)($|[\s_-])/i

/**
 * In a list item, navigation, footer, aside, link or figure (the element itself included): a
 * teaser or a caption, not the lead.
 */
function insideListOrLink(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) if (NOT_LEAD_CONTAINERS.has(node.tagName)) return true
  return false
}

/**
 * Holds a picture, a video or a caption, or is named for one ("lead-video-placeholder"): its
 * words are a caption or a player's label ("Media caption …"), never the lead.
 */
function isMedia(element: Element, name: string): boolean {
  return MEDIA_NAME.test(name) || MEDIA.some((tag) => element.getElementsByTagName(tag).length > 0)
}

/** Words a paragraph of article text has at least: the text a lead stands above. */
const TEXT_PARAGRAPH_WORDS = 20

interface TextParagraphs {
  /** Each paragraph of text by its place in the walk, with its words. */
  paragraphs: { at: number; words: number }[]
  /** Their words together. */
  total: number
}

/** The page's paragraphs of text (where the article's text is, which a lead stands above). */
function textParagraphs(elements: Element[]): TextParagraphs {
  const paragraphs: { at: number; words: number }[] = []
  let total = 0
  elements.forEach((element, at) => {
    if (element.tagName !== 'P') return
    const words = wordsOf(textOf(element)).length
    if (words < TEXT_PARAGRAPH_WORDS) return
    paragraphs.push({ at, words })
    total += words
  })
  return { paragraphs, total }
}

/**
 * A first paragraph styled as a lead (class "sapo", "lead", "summary", …), before the extractor
 * runs. A lead stands between the headline and the text: one above the page's first headline, or
 * with less than half the page's text after it, is a site's own blurb (a footer's "about the
 * paper", a newsletter sign-up's "start your day right"), not this article's lead.
 */
export function styledLead(document: Document, walk?: Element[]): string | undefined {
  const elements = walk ?? walkElements(document.documentElement).elements
  const headline = elements.findIndex((element) => element.tagName === 'H1' && textOf(element) !== '')
  let text: TextParagraphs | undefined
  for (let at = Math.max(headline, 0); at < elements.length; at++) {
    const element = elements[at]!
    const name = `${classOf(element)} ${element.getAttribute('id') ?? ''}`
    if (name.length === 1 || !LEAD_CLASS.test(name) || insideListOrLink(element) || isMedia(element, name)) continue
    if (element.getElementsByTagName('p').length > 2 || ['HTML', 'BODY', 'META'].includes(element.tagName)) continue
    const own = textOf(element)
    if (own.length < 60 || own.length > 1000) continue
    text ??= textParagraphs(elements)
    // Its own paragraphs are not the text it stands above.
    const after = text.paragraphs.filter((p) => p.at > at && !element.contains(elements[p.at]!)).reduce((sum, p) => sum + p.words, 0)
    if (after * 2 >= text.total) return own
  }
  return undefined
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'TABLE', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'HR', 'DETAILS'])
const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'CENTER', 'FONT', 'SPAN', 'FORM'])

const LAYOUT_PARTS = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH'])

function hasBlockChild(element: Element): boolean {
  return [...element.children].some((child) => BLOCKS.has(child.tagName) || LAYOUT_PARTS.has(child.tagName) || (WRAPPERS.has(child.tagName) && child.tagName !== 'SPAN' && child.tagName !== 'FONT') || child.tagName === 'IMG')
}

/**
 * Flattens wrappers (div, section, …) into a list of plain blocks: a wrapper holding blocks gives
 * its children; one holding only text becomes a paragraph; text between blocks becomes paragraphs.
 */
export function flattenBlocks(container: Element): void {
  const document = container.ownerDocument
  const out: Element[] = []
  let inline: Node[] = []
  const flushInline = (): void => {
    if (inline.some((node) => (node.textContent ?? '').trim() !== '' || (node.nodeType === 1 && (node as Element).querySelector('img')) || (node as Element).tagName === 'IMG')) {
      const p = document.createElement('p')
      for (const node of inline) p.append(node)
      out.push(p)
    }
    inline = []
  }
  const visit = (node: Node): void => {
    if (node.nodeType !== 1) {
      if (node.nodeType === 3) inline.push(node)
      return
    }
    const element = node as Element
    if (element.tagName === 'BR' && inline.length > 0 && inline.at(-1)?.nodeName === 'BR') {
      // Two line breaks in a row end a paragraph, as editors in old rich-text fields meant them.
      inline.pop()
      flushInline()
      return
    }
    if (WRAPPERS.has(element.tagName) && (element.tagName === 'SPAN' || element.tagName === 'FONT' ? hasBlockChild(element) : true)) {
      if (!hasBlockChild(element) && element.tagName !== 'SPAN' && element.tagName !== 'FONT') {
        flushInline()
        for (const child of [...element.childNodes]) inline.push(child)
        flushInline()
        return
      }
      for (const child of [...element.childNodes]) visit(child)
      return
    }
    // A paragraph holding blocks (Readability makes some), or a layout table whose cells hold
    // paragraphs, is a wrapper too: its blocks are what a reader reads.
    const misnested = element.tagName === 'P' && hasBlockChild(element)
    const layoutTable = LAYOUT_PARTS.has(element.tagName) && element.querySelectorAll('p, h1, h2, h3, h4, h5, h6').length >= 2
    if (misnested || layoutTable) {
      flushInline()
      for (const child of [...element.childNodes]) visit(child)
      flushInline()
      return
    }
    if (BLOCKS.has(element.tagName)) {
      flushInline()
      out.push(element)
      return
    }
    inline.push(element)
  }
  for (const child of [...container.childNodes]) visit(child)
  flushInline()
  container.replaceChildren(...out)
}

function isEmptyBlock(element: Element): boolean {
  return textOf(element) === '' && !element.querySelector('img, picture, video, audio, iframe, table') && !['HR', 'IMG'].includes(element.tagName)
}

/** True when every piece of the block's text sits inside bold (or, with `tags`, other) elements. */
export function isAllWrapped(element: Element, tags = 'strong, b'): boolean {
  const text = textOf(element)
  if (!text) return false
  const wrapped = [...element.querySelectorAll(tags)].filter((e) => !e.parentElement?.closest(tags) || !element.contains(e.parentElement.closest(tags))).map(textOf).join(' ')
  return wrapped.replace(/\s+/g, '').length >= text.replace(/\s+/g, '').length * 0.95
}

const CAPTION_CLASS = /(caption|chu-?thich|image-desc|img-desc|photo-desc|figcaption|legend)/i

function isCaption(element: Element | null): element is Element {
  if (!element || element.tagName !== 'P' || element.querySelector('img')) return false
  const text = textOf(element)
  if (!text || text.length > 300) return false
  const style = (element.getAttribute('style') ?? '').toLowerCase()
  return CAPTION_CLASS.test(element.getAttribute('class') ?? '') || isAllWrapped(element, 'em, i') || (style.includes('center') && text.length < 200)
}

function onlyPicture(element: Element): HTMLImageElement | undefined {
  if (textOf(element) !== '') return undefined
  const images = element.querySelectorAll('img')
  return images.length === 1 ? images[0] as HTMLImageElement : undefined
}

/**
 * Pictures with their captions: a paragraph holding only a picture followed by a caption-styled
 * line (italic, centred, class "caption"/"chú thích"), or a two-row picture table, becomes
 * `<figure><img><figcaption>` so the caption stays with its picture and is read as one.
 */
export function figuresWithCaptions(container: Element): void {
  const document = container.ownerDocument
  for (const block of [...container.children]) {
    if (block.tagName === 'TABLE') {
      const cells = [...block.querySelectorAll('td, th')]
      const image = cells.length === 2 ? onlyPicture(cells[0] as Element) : undefined
      if (image && cells[1] && textOf(cells[1])) {
        const figure = document.createElement('figure')
        const caption = document.createElement('figcaption')
        caption.textContent = textOf(cells[1])
        figure.append(image, caption)
        block.replaceWith(figure)
      }
      continue
    }
    const image = block.tagName === 'P' ? onlyPicture(block) : undefined
    if (!image) continue
    const figure = document.createElement('figure')
    figure.append(image)
    const next = block.nextElementSibling
    if (isCaption(next)) {
      const caption = document.createElement('figcaption')
      caption.textContent = textOf(next)
      figure.append(caption)
      next.remove()
    }
    block.replaceWith(figure)
  }
}

/** Removes empty blocks and tracking pixels. */
export function dropEmpty(container: Element): void {
  for (const image of container.querySelectorAll('img')) {
    const width = Number(image.getAttribute('width') ?? '0')
    const height = Number(image.getAttribute('height') ?? '0')
    if ((width > 0 && width <= 2) || (height > 0 && height <= 2) || !image.getAttribute('src')) image.remove()
  }
  for (const block of [...container.children]) if (isEmptyBlock(block)) block.remove()
}
