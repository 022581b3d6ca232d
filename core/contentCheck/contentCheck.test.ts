import { describe, expect, it } from 'vitest'
import type { ArticleDocument, Block, Inline, TableCell } from '../document'
import { CONVERSION_RULES, type ConversionNote } from '../contentFindings'
import { CONTENT_RULES, checkDocument, RULES_BY_ID, ruleMessage, type CheckOptions } from '.'

const text = (value: string): Inline => ({ type: 'text', value })
const p = (...children: (Inline | string)[]): Block => ({ type: 'paragraph', children: children.map((c) => (typeof c === 'string' ? text(c) : c)) })
const bold = (value: string): Inline => ({ type: 'strong', children: [text(value)] })
const italic = (value: string): Inline => ({ type: 'emphasis', children: [text(value)] })
const a = (href: string, value: string, newWindow = false): Inline =>
  ({ type: 'link', href, children: value ? [text(value)] : [], ...(newWindow ? { newWindow } : {}) })
const h2 = (value: string): Block => ({ type: 'heading', level: 2, id: 'h', children: [text(value)] })
const figure = (alt: string, caption = '', { decorative = false, src = '/media/cau-moi.jpg' } = {}): Block =>
  ({ type: 'figure', image: { src, alt, decorative }, caption: caption ? [text(caption)] : [] })
const cell = (value: string, header = false): TableCell => ({ header, children: value ? [text(value)] : [] })
const table = (head: TableCell[][], body: TableCell[][]): Block => ({ type: 'table', caption: [], head, body })
const doc = (...blocks: Block[]): ArticleDocument => ({ version: 1, blocks })
const note = (rule: ConversionNote['rule'], excerpt: string): ConversionNote => ({ rule, excerpt })

const EN = 'The provincial government approved the plan for rural roads, and the work will start in the spring of next year with funds from the state budget.'
const VI = 'Ủy ban nhân dân tỉnh đã phê duyệt kế hoạch làm đường giao thông nông thôn, công trình sẽ khởi công vào mùa xuân năm sau bằng vốn ngân sách.'
const glossary = new Map([['UBND', 'Ủy ban nhân dân'], ['HĐND', 'Hội đồng nhân dân']])

interface Fixture { failing: [ArticleDocument, CheckOptions?]; passing: [ArticleDocument, CheckOptions?] }

/** A failing and a passing example for every rule: a rule without both fails the test below. */
const FIXTURES: Record<string, Fixture> = {
  'image-alt-missing': { failing: [doc(figure(''))], passing: [doc(figure('Cầu treo mới bắc qua sông Năng'))] },
  'image-alt-file-name': { failing: [doc(figure('cau-moi.jpg'))], passing: [doc(figure('Cầu treo mới bắc qua sông Năng'))] },
  'image-alt-generic': { failing: [doc(figure('Ảnh minh họa'))], passing: [doc(figure('Ảnh chụp cầu treo mới'))] },
  'image-alt-long': { failing: [doc(figure('Cầu '.repeat(70)))], passing: [doc(figure('Cầu treo mới bắc qua sông Năng'))] },
  'image-alt-same-as-caption': {
    failing: [doc(figure('Cầu treo mới', 'Cầu treo mới.'))],
    passing: [doc(figure('Cầu treo mới bắc qua sông Năng', 'Cầu khánh thành ngày 2/9'))],
  },
  'image-decorative-alone': { failing: [doc(figure('', '', { decorative: true }))], passing: [doc(figure('', 'Hoa văn dân tộc Tày', { decorative: true }))] },
  'heading-too-long': { failing: [doc(h2('Kế hoạch '.repeat(20)))], passing: [doc(h2('Kế hoạch năm 2025'))] },
  'heading-fake': { failing: [doc(p(bold('Kết quả thực hiện')), p('Năm qua…'))], passing: [doc(p(bold('Lưu ý:'), ' hồ sơ nộp trước ngày 15.'))] },
  'link-empty': { failing: [doc(p(a('https://x.vn/a', '')))], passing: [doc(p(a('https://x.vn/a', 'Cổng dịch vụ công')))] },
  'link-vague': { failing: [doc(p('Xem kế hoạch ', a('https://x.vn/kh', 'tại đây'), '.'))], passing: [doc(p(a('https://x.vn/kh', 'Kế hoạch số 12/KH-UBND')))] },
  'link-url-text': { failing: [doc(p(a('https://dichvucong.gov.vn', 'https://dichvucong.gov.vn')))], passing: [doc(p(a('https://dichvucong.gov.vn', 'Cổng dịch vụ công quốc gia')))] },
  'link-same-text': {
    failing: [doc(p(a('https://x.vn/a', 'Báo cáo'), ' và ', a('https://x.vn/b', 'báo cáo')))],
    passing: [doc(p(a('https://x.vn/a', 'Báo cáo'), ' và ', a('https://x.vn/a#muc-2', 'Báo cáo')))],
  },
  'link-document-format': {
    failing: [doc(p(a('https://x.vn/files/bao-cao.pdf', 'Báo cáo năm')))],
    passing: [doc(p(a('https://x.vn/files/bao-cao.pdf', 'Báo cáo năm (PDF, 2,4 MB)')))],
  },
  'link-new-window': { failing: [doc(p(a('https://x.vn/ban-do', 'Bản đồ', true)))], passing: [doc(p(a('https://x.vn/ban-do', 'Bản đồ (mở cửa sổ mới)', true)))] },
  'text-all-caps': {
    failing: [doc(p('THÔNG BÁO VỀ VIỆC TUYỂN DỤNG CÔNG CHỨC NĂM 2025'))], passing: [doc(p('Thông báo về việc tuyển dụng công chức năm 2025 của UBND'))],
  },
  'text-long-emphasis': { failing: [doc(p(italic('Đây là một đoạn rất dài. '.repeat(8))))], passing: [doc(p('Hồ sơ nộp ', italic('trước ngày 15'), '.'))] },
  'table-no-headers': {
    failing: [doc(table([], [[cell('Xã'), cell('Dân số')], [cell('Đôn Phong'), cell('3.200')]]))],
    passing: [doc(table([[cell('Xã', true), cell('Dân số', true)]], [[cell('Đôn Phong'), cell('3.200')]]))],
  },
  'table-empty-header': {
    failing: [doc(table([[cell('', true), cell('Dân số', true)]], [[cell('Đôn Phong'), cell('3.200')]]))],
    passing: [doc(table([[cell('Xã', true), cell('Dân số', true)]], [[cell('Đôn Phong'), cell('3.200')]]))],
  },
  'list-typed': {
    failing: [doc(p('Hồ sơ gồm:'), p('- Đơn đề nghị'), p('- Bản sao căn cước'))],
    passing: [doc(p('Hồ sơ gồm đơn đề nghị và bản sao căn cước.'), p('- 5 độ C là nhiệt độ thấp nhất.'))],
  },
  'language-unmarked': {
    failing: [doc(p(VI), p(EN))],
    passing: [doc(p(VI), p({ type: 'lang', lang: 'en', children: [text(EN)] }))],
  },
  'abbreviation-unexpanded': {
    failing: [doc(p('UBND tỉnh họp phiên thường kỳ.')), { glossary }],
    passing: [doc(p('Ủy ban nhân dân (UBND) tỉnh họp phiên thường kỳ; UBND giao sở thực hiện.')), { glossary }],
  },
  ...Object.fromEntries(CONVERSION_RULES.map((rule) => [rule, {
    failing: [doc(p('Bài viết')), { notes: [note(rule, 'Đoạn bị ảnh hưởng')] }], passing: [doc(p('Bài viết'))],
  }])),
}

const findings = ([document, options]: [ArticleDocument, CheckOptions?], rule: string) => checkDocument(document, options).filter((f) => f.rule === rule)

describe('content rules', () => {
  it('each have an id of their own, a severity, a message in Vietnamese and English, and both fixtures', () => {
    expect(new Set(CONTENT_RULES.map((r) => r.id)).size).toBe(CONTENT_RULES.length)
    for (const rule of CONTENT_RULES) {
      expect(['error', 'warning'], rule.id).toContain(rule.severity)
      expect(rule.message.vi.length, rule.id).toBeGreaterThan(40)
      expect(rule.message.en.length, rule.id).toBeGreaterThan(40)
      expect(FIXTURES[rule.id], `${rule.id} needs a failing and a passing fixture`).toBeDefined()
    }
    expect(Object.keys(FIXTURES).filter((id) => !RULES_BY_ID.has(id)), 'fixtures of rules that do not exist').toEqual([])
  })

  it('give every conversion note a rule', () => {
    for (const rule of CONVERSION_RULES) expect(RULES_BY_ID.get(rule)?.severity, rule).toBeDefined()
  })

  for (const rule of CONTENT_RULES) {
    describe(rule.id, () => {
      it('reports its failing fixture, quoting the passage', () => {
        const found = findings(FIXTURES[rule.id]!.failing, rule.id)
        expect(found.length).toBeGreaterThan(0)
        expect(found[0]!.excerpt.length).toBeGreaterThan(0)
        expect(found[0]!.severity).toBe(rule.severity)
      })
      it('passes its passing fixture', () => {
        expect(findings(FIXTURES[rule.id]!.passing, rule.id)).toEqual([])
      })
    })
  }
})

describe('checkDocument', () => {
  it('quotes passages on one line, at most about 120 characters', () => {
    const [found] = checkDocument(doc(h2(`${'Kế hoạch '.repeat(30)}\n cuối`)))
    expect(found!.excerpt.length).toBeLessThanOrEqual(120)
    expect(found!.excerpt).not.toMatch(/\n/)
    expect(found!.excerpt.endsWith('…')).toBe(true)
  })

  it('suggests the glossary\'s expansion for an abbreviation, once per article', () => {
    const found = checkDocument(doc(p('HĐND và UBND họp.'), p('UBND chỉ đạo.')), { glossary }).filter((f) => f.rule === 'abbreviation-unexpanded')
    expect(found.map((f) => f.excerpt)).toEqual(['HĐND → Hội đồng nhân dân', 'UBND → Ủy ban nhân dân'])
  })

  it('does not take roman numerals or a passage in capitals for abbreviations', () => {
    const rules = checkDocument(doc(p('Khóa XII, kỳ họp thứ IV.'), p('THÔNG BÁO KẾT QUẢ TUYỂN DỤNG NĂM NAY'))).map((f) => f.rule)
    expect(rules).not.toContain('abbreviation-unexpanded')
  })

  it('judges an English article\'s Vietnamese passage, and leaves short passages alone', () => {
    expect(checkDocument(doc(p(EN), p(VI)), { language: 'en' }).map((f) => f.rule)).toContain('language-unmarked')
    expect(checkDocument(doc(p(VI), p('Hello world, read this.'))).map((f) => f.rule)).not.toContain('language-unmarked')
  })

  it('takes a linked picture for a link named by its description', () => {
    const linked = (alt: string, decorative = false): Block => ({ type: 'figure', image: { src: '/media/ban-do.png', alt, decorative }, href: 'https://x.vn/ban-do.pdf', caption: [text('Bản đồ')] })
    expect(checkDocument(doc(linked('', true))).map((f) => f.rule)).toEqual(['image-decorative-alone', 'link-empty', 'link-document-format'])
    expect(checkDocument(doc(linked('Bản đồ quy hoạch (PDF, 3 MB)'))).map((f) => f.rule)).toEqual([])
  })

  it('finds a typed list inside one paragraph of line breaks', () => {
    const found = checkDocument(doc(p('Hồ sơ:', { type: 'break' }, '1. Đơn', { type: 'break' }, '2. Căn cước'))).map((f) => f.rule)
    expect(found).toContain('list-typed')
  })

  it('finds nothing in a well-made article', () => {
    expect(checkDocument(doc(h2('Kết quả'), p(VI), figure('Cầu treo mới bắc qua sông Năng', 'Khánh thành ngày 2/9'), p(a('https://x.vn/kh', 'Kế hoạch số 12/KH-UBND'))))).toEqual([])
  })

  it('has messages for editors in both languages', () => {
    expect(ruleMessage('link-vague', 'vi')).toMatch(/tại đây/)
    expect(ruleMessage('link-vague', 'en')).toMatch(/click here/)
  })
})
