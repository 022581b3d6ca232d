import { describe, expect, it } from 'vitest'
import { parseDocument, textOf, walkElements } from './dom'
import { scanPage } from './scan'

// The scan stands for a dozen CSS selectors; each list must hold what the selector would, in page order.
const PAGE = `<!doctype html><html lang="vi"><head>
<meta property="og:title" content="Tiêu đề"><base href="https://example.vn/a/">
<script type="application/ld+json">{"@type":"NewsArticle"}</script><script>var x = 1</script>
</head><body>
<nav aria-label="Breadcrumb"><a href="/">Trang chủ</a><a href="/thoi-su">Thời sự</a></nav>
<div itemscope itemtype="https://schema.org/BreadcrumbList"><span itemprop="name">Chính trị</span></div>
<p class="byline">Bởi <span class="fn">Trần Văn A</span></p>
<div itemprop="author"><span itemprop="name">Nguyễn Thị B</span></div>
<span class="author">Lê C</span>
<h1 class="Headline">Tiêu đề</h1><div class="post-Title">Tiêu đề phụ</div>
<span class="ngay-dang">10/09/2019</span><span id="PostDate">11/09/2019</span>
<time datetime="2019-09-10T08:00:00Z">10/9</time><time datetime="2020-01-01">1/1</time>
<span class="cat-links"><a href="/c">Kinh tế</a></span><a rel="tag category" href="/d">Xã hội</a>
<p class="editorial">not a date, not a title</p>
</body></html>`

describe('scanPage: one pass over the page answers what metadata asked a dozen selectors for', () => {
  const document = parseDocument(PAGE)
  const scan = scanPage(walkElements(document.documentElement).elements)

  it('finds JSON-LD (not other scripts), metas, the first time[datetime] and base[href]', () => {
    expect(scan.jsonLd.map(textOf)).toEqual(['{"@type":"NewsArticle"}'])
    expect(scan.metas.map((m) => m.getAttribute('property'))).toEqual(['og:title'])
    expect(scan.time?.getAttribute('datetime')).toBe('2019-09-10T08:00:00Z')
    expect(scan.base?.getAttribute('href')).toBe('https://example.vn/a/')
  })

  it('finds authors by class, inside a byline (.fn) and inside itemprop=author, in page order', () => {
    expect(scan.author.map(textOf)).toEqual(['Trần Văn A', 'Nguyễn Thị B', 'Lê C'])
  })

  it('finds breadcrumb links inside the breadcrumb container and the BreadcrumbList names, in page order', () => {
    expect(scan.breadcrumb.map(textOf)).toEqual(['Trang chủ', 'Thời sự', 'Chính trị'])
  })

  it('finds categories, headings (any case of "title") and date-classed elements', () => {
    expect(scan.category.map(textOf)).toEqual(['Kinh tế', 'Xã hội'])
    expect(scan.headings.map(textOf)).toEqual(['Tiêu đề', 'Tiêu đề phụ'])
    expect(scan.dateClassed.map(textOf)).toEqual(['10/09/2019', '11/09/2019'])
  })
})

describe('walkElements', () => {
  it('lists every element in page order and measures the nesting', () => {
    const document = parseDocument('<div><p><b>a</b></p><p>b</p></div><span>c</span>')
    const walk = walkElements(document.body)
    expect(walk.elements.map((e) => e.tagName)).toEqual(['BODY', 'DIV', 'P', 'B', 'P', 'SPAN'])
    expect(walk.depth).toBe(4)
  })
})
