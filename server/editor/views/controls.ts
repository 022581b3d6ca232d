import { h, type VNode } from 'vue'
import { fieldParts } from './layout'

/** A labelled select whose first option is "Tất cả" (no filter). */
export function select(id: string, label: string, value: string, options: [string, string][], error?: string): VNode {
  const parts = fieldParts(id, label, undefined, error)
  return h('div', { class: 'field' }, [parts.label, ...parts.extras, h('select', { id, name: id, 'aria-describedby': parts.describedBy },
    [h('option', { value: '', selected: value === '' }, 'Tất cả'), ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))])])
}

/** Page links: previous, the first, the last and two either side of the current one, next. */
export function paging(page: number, pages: number, href: (page: number) => string): VNode | null {
  if (pages <= 1) return null
  const link = (n: number, text: string, rel?: string): VNode => h('li', h('a', { href: href(n), rel }, text))
  const numbers = Array.from({ length: pages }, (_, i) => i + 1).filter((n) => n === 1 || n === pages || Math.abs(n - page) <= 2)
  return h('nav', { class: 'paging', 'aria-label': 'Phân trang' }, h('ul', [
    page > 1 ? link(page - 1, 'Trang trước', 'prev') : null,
    ...numbers.map((n) => (n === page
      ? h('li', h('a', { href: href(n), 'aria-current': 'page' }, [h('span', { class: 'visually-hidden' }, 'Trang '), String(n)]))
      : h('li', h('a', { href: href(n) }, [h('span', { class: 'visually-hidden' }, 'Trang '), String(n)])))),
    page < pages ? link(page + 1, 'Trang sau', 'next') : null,
  ]))
}
