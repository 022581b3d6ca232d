import { h, type VNode } from 'vue'

export interface LayoutProps {
  title: string
  /** Base path of the editors' area, e.g. `/bien-tap`. */
  base: string
  /** Signed-in editor, with the token for the sign-out forms. */
  editor?: { name: string; csrf: string }
  /** Set when the page reports errors: the title starts with "Lỗi:" so it is heard first. */
  hasErrors?: boolean
  /** A one-off message after a change (Post/Redirect/Get). */
  flash?: string
}

export const hidden = (name: string, value: string): VNode => h('input', { type: 'hidden', name, value })

function header(props: LayoutProps): VNode {
  return h('header', { class: 'site-header' }, [
    h('p', { class: 'site-name' }, [h('a', { href: '/' }, 'Lectern'), ' — Khu vực biên tập viên']),
    props.editor
      ? h('nav', { 'aria-label': 'Biên tập' }, [
        h('ul', [
          h('li', h('a', { href: `${props.base}/gop-y` }, 'Hộp thư góp ý')),
          h('li', h('a', { href: `${props.base}/kiem-tra-noi-dung` }, 'Kiểm tra nội dung')),
          h('li', h('a', { href: `${props.base}/xoa-du-lieu` }, 'Xoá dữ liệu cá nhân')),
        ]),
        h('p', { class: 'who' }, ['Đang đăng nhập: ', h('strong', props.editor.name)]),
        h('form', { method: 'post', action: `${props.base}/dang-xuat`, class: 'inline' }, [
          hidden('_csrf', props.editor.csrf), h('button', { type: 'submit' }, 'Đăng xuất'),
        ]),
        h('form', { method: 'post', action: `${props.base}/dang-xuat-moi-noi`, class: 'inline' }, [
          hidden('_csrf', props.editor.csrf), h('button', { type: 'submit', class: 'secondary' }, 'Đăng xuất trên mọi thiết bị'),
        ]),
      ])
      : null,
  ])
}

/** The whole document: no script anywhere, one stylesheet of the area's own. */
export function layout(props: LayoutProps, content: (VNode | null)[]): VNode {
  const title = `${props.hasErrors ? 'Lỗi: ' : ''}${props.title} — Biên tập Lectern`
  return h('html', { lang: 'vi' }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'robots', content: 'noindex, nofollow' }),
      h('title', title),
      h('link', { rel: 'stylesheet', href: `${props.base}/bien-tap.css` }),
    ]),
    h('body', [
      h('a', { class: 'skip-link', href: '#noi-dung' }, 'Bỏ qua, đến nội dung chính'),
      header(props),
      h('main', { id: 'noi-dung', tabindex: '-1' }, [
        props.flash ? h('div', { class: 'flash', role: 'status' }, h('p', props.flash)) : null,
        ...content,
      ]),
    ]),
  ])
}

export interface FieldError { field: string; message: string }

/** GOV.UK's error summary: a heading and links to each field in error, at the top of the page. */
export function errorSummary(errors: FieldError[]): VNode | null {
  if (errors.length === 0) return null
  return h('div', { class: 'error-summary', role: 'alert', 'aria-labelledby': 'loi-tieu-de' }, [
    h('h2', { id: 'loi-tieu-de' }, 'Có lỗi cần sửa'),
    h('ul', errors.map((e) => h('li', h('a', { href: `#${e.field}` }, e.message)))),
  ])
}

/** A label, an optional hint and an inline error, tied to the control by ids. */
export function fieldParts(id: string, label: string, hint: string | undefined, error: string | undefined): {
  label: VNode; extras: (VNode | null)[]; describedBy: string | undefined
} {
  const ids = [hint ? `${id}-goi-y` : null, error ? `${id}-loi` : null].filter(Boolean).join(' ')
  return {
    label: h('label', { for: id }, label),
    extras: [
      hint ? h('p', { class: 'hint', id: `${id}-goi-y` }, hint) : null,
      error ? h('p', { class: 'field-error', id: `${id}-loi` }, [h('span', { class: 'visually-hidden' }, 'Lỗi: '), error]) : null,
    ],
    describedBy: ids || undefined,
  }
}
