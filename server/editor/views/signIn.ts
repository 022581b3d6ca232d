import { h, type VNode } from 'vue'
import { errorSummary, fieldParts, hidden, layout, type FieldError } from './layout'
import { formatTime } from './text'

export interface SignInProps {
  base: string
  csrf: string
  name: string
  errors: FieldError[]
  /** WordPress sign-in takes an application password, not the account's own. */
  wordpress: boolean
  /** Set when too many wrong passwords locked this name and address for a while. */
  lockedUntil?: Date
  signedOut?: boolean
}

export function signInPage(props: SignInProps): VNode {
  const error = (field: string): string | undefined => props.errors.find((e) => e.field === field)?.message
  const name = fieldParts('ten', 'Tên đăng nhập', props.wordpress ? 'Tên đăng nhập WordPress của bạn.' : undefined, error('ten'))
  const password = fieldParts('mat-khau', props.wordpress ? 'Mật khẩu ứng dụng' : 'Mật khẩu',
    props.wordpress ? 'Tạo trong WordPress: Hồ sơ → Mật khẩu ứng dụng. Không dùng mật khẩu đăng nhập WordPress.' : undefined, error('mat-khau'))
  const locked = props.lockedUntil
    ? h('div', { class: 'error-summary', role: 'alert', 'aria-labelledby': 'khoa-tieu-de' }, [
      h('h2', { id: 'khoa-tieu-de' }, 'Tạm khoá đăng nhập'),
      h('p', [
        'Đã nhập sai mật khẩu quá nhiều lần cho tên này từ địa chỉ này. Hãy thử lại sau ',
        h('strong', h('time', { datetime: props.lockedUntil.toISOString() }, formatTime(props.lockedUntil))),
        ` (khoảng ${Math.max(1, Math.ceil((props.lockedUntil.getTime() - Date.now()) / 60_000))} phút nữa). Nếu quên mật khẩu, hãy nhờ quản trị viên đặt lại.`,
      ]),
    ])
    : null
  return layout({ title: props.lockedUntil ? 'Tạm khoá đăng nhập' : 'Đăng nhập', base: props.base, hasErrors: props.errors.length > 0 || Boolean(locked),
    flash: props.signedOut ? 'Bạn đã đăng xuất.' : undefined }, [
    h('h1', 'Đăng nhập dành cho biên tập viên'),
    locked ?? errorSummary(props.errors),
    h('p', 'Khu vực này chỉ dành cho biên tập viên của cổng. Bạn đọc muốn góp ý xin dùng trang Góp ý.'),
    h('form', { method: 'post', action: `${props.base}/dang-nhap`, novalidate: true }, [
      hidden('_csrf', props.csrf),
      h('div', { class: ['field', error('ten') ? 'has-error' : ''] }, [
        name.label, ...name.extras,
        h('input', { id: 'ten', name: 'ten', type: 'text', autocomplete: 'username', required: true, value: props.name, spellcheck: 'false',
          autocapitalize: 'none', 'aria-describedby': name.describedBy, 'aria-invalid': error('ten') ? 'true' : undefined }),
      ]),
      h('div', { class: ['field', error('mat-khau') ? 'has-error' : ''] }, [
        password.label, ...password.extras,
        h('input', { id: 'mat-khau', name: 'mat-khau', type: 'password', autocomplete: 'current-password', required: true,
          'aria-describedby': password.describedBy, 'aria-invalid': error('mat-khau') ? 'true' : undefined }),
      ]),
      h('button', { type: 'submit' }, 'Đăng nhập'),
    ]),
  ])
}
