import { h, type VNode } from 'vue'
import type { Erasure } from '../../feedback/store'
import { errorSummary, fieldParts, hidden, layout, type FieldError } from './layout'
import { formatDateTime } from './text'

interface Base { base: string; editor: { name: string; csrf: string }; flash?: string }

export function erasePage(props: Base & { email: string; errors: FieldError[]; erasures: Erasure[] }): VNode {
  const error = props.errors.find((e) => e.field === 'thu-dien-tu')?.message
  const email = fieldParts('thu-dien-tu', 'Thư điện tử của người yêu cầu', 'Mọi góp ý gửi kèm địa chỉ này sẽ bị xoá hẳn.', error)
  return layout({ title: 'Xoá dữ liệu cá nhân', base: props.base, editor: props.editor, flash: props.flash, hasErrors: props.errors.length > 0 }, [
    h('h1', 'Xoá dữ liệu cá nhân theo yêu cầu'),
    errorSummary(props.errors),
    h('p', 'Khi một người yêu cầu xoá dữ liệu của họ (Nghị định 13/2023/NĐ-CP), nhập địa chỉ thư điện tử họ đã dùng. Bạn sẽ được hỏi lại trước khi xoá.'),
    h('form', { method: 'post', action: `${props.base}/xoa-du-lieu` }, [
      hidden('_csrf', props.editor.csrf),
      h('div', { class: ['field', error ? 'has-error' : ''] }, [email.label, ...email.extras,
        h('input', { id: 'thu-dien-tu', name: 'thu-dien-tu', type: 'email', autocomplete: 'off', value: props.email,
          'aria-describedby': email.describedBy, 'aria-invalid': error ? 'true' : undefined })]),
      h('button', { type: 'submit' }, 'Tìm góp ý để xoá'),
    ]),
    h('h2', 'Các lần đã xoá'),
    props.erasures.length === 0
      ? h('p', 'Chưa xoá lần nào.')
      : h('table', [
        h('caption', 'Nhật ký xoá: chỉ ghi ai xoá, khi nào và bao nhiêu góp ý, không ghi đã xoá gì'),
        h('thead', h('tr', [h('th', { scope: 'col' }, 'Thời điểm'), h('th', { scope: 'col' }, 'Biên tập viên'), h('th', { scope: 'col' }, 'Số góp ý đã xoá')])),
        h('tbody', props.erasures.map((e) => h('tr', [
          h('td', h('time', { datetime: e.at }, formatDateTime(e.at))), h('td', e.editor), h('td', String(e.count)),
        ]))),
      ]),
  ])
}

export function eraseConfirmPage(props: Base & { email: string; count: number }): VNode {
  return layout({ title: 'Xác nhận xoá dữ liệu', base: props.base, editor: props.editor }, [
    h('h1', 'Xác nhận xoá dữ liệu cá nhân'),
    h('p', [`Có ${props.count} góp ý gửi kèm địa chỉ `, h('strong', props.email), '. Xoá là vĩnh viễn, không khôi phục được.']),
    h('form', { method: 'post', action: `${props.base}/xoa-du-lieu/xac-nhan` }, [
      hidden('_csrf', props.editor.csrf),
      hidden('thu-dien-tu', props.email),
      h('button', { type: 'submit', class: 'danger' }, `Xoá vĩnh viễn ${props.count} góp ý`),
      ' ',
      h('a', { href: `${props.base}/xoa-du-lieu` }, 'Không xoá, quay lại'),
    ]),
  ])
}
