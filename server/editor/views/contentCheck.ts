import { h, type VNode } from 'vue'
import { CONTENT_RULES, ruleMessage } from '../../../core/contentCheck'
import type { FindingSeverity } from '../../../core/contentFindings'
import { pathTo } from '../../../core/paths'
import type { ArticleFindings } from '../../contentCheck/findings'
import type { ArticleCount, RuleCount } from '../../contentCheck/report'
import { paging, select } from './controls'
import { errorSummary, layout, type FieldError } from './layout'

export const SEVERITY_LABELS: Record<FindingSeverity, string> = { error: 'Lỗi', warning: 'Cảnh báo' }
/** A rule's name for a list: its message up to the first colon ("Ảnh chưa có mô tả (alt)"). */
export const ruleTitle = (rule: string): string => ruleMessage(rule, 'vi').split(/:\s/)[0] ?? rule

export interface ContentCheckQuery { 'quy-tac': string; 'muc-do': string; trang: string }

export interface ContentCheckProps {
  base: string
  editor: { name: string; csrf: string }
  query: ContentCheckQuery
  errors: FieldError[]
  /** Undefined when the content source keeps no findings (WordPress): the page says how to check it. */
  counts: RuleCount[] | undefined
  articles: ArticleCount[]
  total: number
  page: number
  pages: number
  href: (change: Partial<ContentCheckQuery>) => string
  exportHref: string
}

function filters(props: ContentCheckProps): VNode {
  const error = (field: string): string | undefined => props.errors.find((e) => e.field === field)?.message
  return h('form', { method: 'get', action: `${props.base}/kiem-tra-noi-dung`, class: 'filters', role: 'search', 'aria-label': 'Lọc kết quả kiểm tra' }, [
    select('quy-tac', 'Quy tắc', props.query['quy-tac'], CONTENT_RULES.map((r) => [r.id, ruleTitle(r.id)]), error('quy-tac')),
    select('muc-do', 'Mức độ', props.query['muc-do'], [['error', 'Lỗi'], ['warning', 'Cảnh báo']], error('muc-do')),
    h('div', { class: 'actions' }, [h('button', { type: 'submit' }, 'Lọc'), h('a', { href: `${props.base}/kiem-tra-noi-dung` }, 'Bỏ lọc')]),
  ])
}

function countsTable(props: ContentCheckProps, counts: RuleCount[]): VNode {
  return h('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'bang-quy-tac', tabindex: '0' }, h('table', [
    h('caption', { id: 'bang-quy-tac' }, 'Số phát hiện theo quy tắc, lỗi trước'),
    h('thead', h('tr', [h('th', { scope: 'col' }, 'Quy tắc'), h('th', { scope: 'col' }, 'Mức độ'), h('th', { scope: 'col' }, 'Số phát hiện'), h('th', { scope: 'col' }, 'Số bài')])),
    h('tbody', counts.map((c) => h('tr', [
      h('th', { scope: 'row' }, h('a', { href: props.href({ 'quy-tac': c.rule, 'muc-do': '', trang: '1' }) }, ruleTitle(c.rule))),
      h('td', { class: `severity severity-${c.severity}` }, SEVERITY_LABELS[c.severity]),
      h('td', String(c.findings)),
      h('td', String(c.articles)),
    ]))),
  ]))
}

function articlesTable(props: ContentCheckProps): VNode {
  return h('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'bang-bai-viet', tabindex: '0' }, h('table', [
    h('caption', { id: 'bang-bai-viet' }, `Bài viết, nhiều lỗi nhất trước: trang ${props.page} trên ${props.pages} (${props.total} bài)`),
    h('thead', h('tr', [h('th', { scope: 'col' }, 'Bài viết'), h('th', { scope: 'col' }, 'Lỗi'), h('th', { scope: 'col' }, 'Cảnh báo')])),
    h('tbody', props.articles.map((a) => h('tr', [
      h('th', { scope: 'row' }, h('a', { href: `${props.base}/kiem-tra-noi-dung/${encodeURIComponent(a.slug)}` }, a.title)),
      h('td', String(a.errors)),
      h('td', String(a.warnings)),
    ]))),
  ]))
}

export function contentCheckPage(props: ContentCheckProps): VNode {
  const filtered = Boolean(props.query['quy-tac'] || props.query['muc-do'])
  const title = 'Kiểm tra nội dung'
  const intro = h('p', 'Những chỗ trong bài viết mà người dùng trình đọc màn hình, người nhìn kém hay người đọc chậm sẽ gặp khó, do Lectern tự tìm khi nhập nội dung. Sửa trong bài gốc; người đọc không thấy trang này.')
  if (!props.counts) {
    return layout({ title, base: props.base, editor: props.editor }, [h('h1', title), intro,
      h('p', 'Nguồn nội dung WordPress không lưu kết quả kiểm tra trong Lectern. Chạy "npm run audit:content" trên máy chủ để kiểm tra toàn bộ trang WordPress.')])
  }
  return layout({ title, base: props.base, editor: props.editor, hasErrors: props.errors.length > 0 }, [
    h('h1', title),
    intro,
    errorSummary(props.errors),
    props.counts.length ? h('h2', 'Theo quy tắc') : null,
    props.counts.length ? countsTable(props, props.counts) : null,
    h('h2', 'Bài viết cần sửa'),
    filters(props),
    props.articles.length === 0
      ? h('p', { class: 'empty' }, filtered || props.errors.length ? 'Không có bài viết nào khớp với bộ lọc.' : 'Chưa có phát hiện nào: các bài viết đã qua mọi quy tắc kiểm tra.')
      : articlesTable(props),
    paging(props.page, props.pages, (n) => props.href({ trang: String(n) })),
    props.total > 0 ? h('p', h('a', { href: props.exportHref, download: '' }, `Tải về các phát hiện của ${props.total} bài đang lọc (CSV)`)) : null,
  ])
}

export function articleFindingsPage(props: { base: string; editor: { name: string; csrf: string }; article: ArticleFindings }): VNode {
  const { article } = props
  return layout({ title: `Kiểm tra nội dung: ${article.title}`, base: props.base, editor: props.editor }, [
    h('p', h('a', { href: `${props.base}/kiem-tra-noi-dung` }, 'Về báo cáo kiểm tra nội dung')),
    h('h1', ['Kiểm tra nội dung: ', article.title]),
    h('ul', [
      h('li', h('a', { href: pathTo.article(article.slug) }, 'Xem bài viết trên Lectern')),
      article.originalUrl ? h('li', h('a', { href: article.originalUrl }, 'Xem bài gốc')) : null,
    ]),
    article.findings.length === 0
      ? h('p', { class: 'empty' }, 'Bài viết này đã qua mọi quy tắc kiểm tra.')
      : h('ol', { class: 'findings' }, article.findings.map((f) => h('li', [
        h('h2', [h('span', { class: `severity severity-${f.severity}` }, `${SEVERITY_LABELS[f.severity]}: `), ruleTitle(f.rule)]),
        h('p', f.message),
        h('p', { class: 'excerpt-label' }, 'Đoạn trích:'),
        h('blockquote', { class: 'excerpt' }, f.excerpt),
      ]))),
  ])
}
