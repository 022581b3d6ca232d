import { classOf } from './dom'

/**
 * What metadata reading needs from the whole page, gathered in one pass over its elements.
 * linkedom's `querySelectorAll` walks and matches the whole page for each call (a compound
 * selector costs three times a plain walk, a descendant one far more), and metadata asked a dozen
 * of them: each element's class, id and itemprop are now read once and sorted into these lists.
 * The comments name the selectors each list stands for.
 */
export interface PageScan {
  /** `script[type="application/ld+json"]` */
  jsonLd: Element[]
  /** `meta` */
  metas: Element[]
  /** The first `time[datetime]`. */
  time?: Element
  /** The first `base[href]`. */
  base?: Element
  /** `h1, h2, h3, [itemprop="headline"], [class*="title" i]` */
  headings: Element[]
  /** `[class*="date" i], [class*="time" i], [class*="ngay" i], [id*="date" i]` */
  dateClassed: Element[]
  /** `[itemprop="author"] [itemprop="name"], a[rel="author"], .byline .author, .byline .fn, .author-name, .post-author, .entry-author, .tac-gia, .author` */
  author: Element[]
  /** `a[rel~="category"], .category-name a, [itemprop="genre"], .cat-links a` */
  category: Element[]
  /**
   * `nav[aria-label*="readcrumb" i] a, .breadcrumb a, .breadcrumbs a, #breadcrumb a, a.ms-sitemapdirectional,
   * [itemtype*="BreadcrumbList"] [itemprop="name"]`
   */
  breadcrumb: Element[]
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3'])
const AUTHOR_CLASSES = new Set(['author', 'author-name', 'post-author', 'entry-author', 'tac-gia'])
const CATEGORY_CONTAINERS = new Set(['category-name', 'cat-links'])
const BREADCRUMB_CONTAINERS = new Set(['breadcrumb', 'breadcrumbs'])

function tokensOf(value: string): string[] {
  return value === '' ? [] : value.split(/\s+/)
}

/** Elements under each container that pass `test`, the containers themselves excluded. */
function within(containers: Element[], tag: 'a' | '*', test: (element: Element) => boolean = () => true): Element[] {
  // linkedom's getElementsByTagName takes no '*'.
  return containers.flatMap((container) => [...(tag === 'a' ? container.getElementsByTagName('a') : container.querySelectorAll('*'))].filter((e) => e !== container && test(e)))
}

export function scanPage(elements: Element[]): PageScan {
  const scan: PageScan = { jsonLd: [], metas: [], headings: [], dateClassed: [], author: [], category: [], breadcrumb: [] }
  const bylines: Element[] = []
  const authorScopes: Element[] = []
  const categoryScopes: Element[] = []
  const crumbScopes: Element[] = []
  const crumbListScopes: Element[] = []
  for (const element of elements) {
    const tag = element.tagName
    const className = classOf(element)
    const id = element.getAttribute('id') ?? ''
    const itemprop = element.getAttribute('itemprop')
    const classes = tokensOf(className)
    const lowerClass = className.toLowerCase()
    if (tag === 'SCRIPT') {
      if (element.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') scan.jsonLd.push(element)
      continue
    }
    if (tag === 'META') scan.metas.push(element)
    else if (tag === 'TIME' && !scan.time && element.hasAttribute('datetime')) scan.time = element
    else if (tag === 'BASE' && !scan.base && element.hasAttribute('href')) scan.base = element
    if (HEADING_TAGS.has(tag) || itemprop === 'headline' || lowerClass.includes('title')) scan.headings.push(element)
    if (lowerClass.includes('date') || lowerClass.includes('time') || lowerClass.includes('ngay') || id.toLowerCase().includes('date')) scan.dateClassed.push(element)
    const rel = tag === 'A' ? element.getAttribute('rel') ?? '' : ''
    if (classes.some((c) => AUTHOR_CLASSES.has(c)) || rel === 'author') scan.author.push(element)
    if (itemprop === 'genre' || tokensOf(rel).includes('category')) scan.category.push(element)
    if (tag === 'A' && classes.includes('ms-sitemapdirectional')) scan.breadcrumb.push(element)
    if (classes.includes('byline')) bylines.push(element)
    if (itemprop === 'author') authorScopes.push(element)
    if (classes.some((c) => CATEGORY_CONTAINERS.has(c))) categoryScopes.push(element)
    if (classes.some((c) => BREADCRUMB_CONTAINERS.has(c)) || id === 'breadcrumb'
      || (tag === 'NAV' && (element.getAttribute('aria-label') ?? '').toLowerCase().includes('readcrumb'))) crumbScopes.push(element)
    if ((element.getAttribute('itemtype') ?? '').includes('BreadcrumbList')) crumbListScopes.push(element)
  }
  // Descendant selectors, answered inside their (few) containers, then put back in page order.
  const byName = (name: string) => (e: Element): boolean => e.getAttribute('itemprop') === name
  const hasFn = (e: Element): boolean => tokensOf(classOf(e)).includes('fn')
  const order = new Map<Element, number>()
  const inPageOrder = (found: Element[], more: Element[]): Element[] => {
    if (more.length === 0) return found
    if (order.size === 0) elements.forEach((e, i) => order.set(e, i))
    return [...new Set([...found, ...more])].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
  }
  scan.author = inPageOrder(scan.author, [...within(bylines, '*', hasFn), ...within(authorScopes, '*', byName('name'))])
  scan.category = inPageOrder(scan.category, within(categoryScopes, 'a'))
  scan.breadcrumb = inPageOrder(scan.breadcrumb, [...within(crumbScopes, 'a'), ...within(crumbListScopes, '*', byName('name'))])
  return scan
}
