import type { TableCell } from '../../document'
import { inlineText } from '../../text'
import { quote, type ContentRule } from '../rule'
import type { Scan } from '../scan'

type Table = Scan['tables'][number]
const cells = (table: Table): TableCell[] => [...table.head, ...table.body].flat()
const nameOf = (table: Table): string => quote(table.caption || cells(table).map((c) => inlineText(c.children)).filter(Boolean).slice(0, 4).join(' | '))

export const tableRules: ContentRule[] = [
  {
    id: 'table-no-headers',
    severity: 'error',
    message: {
      vi: 'Bảng không có ô tiêu đề: người dùng trình đọc màn hình nghe các con số mà không biết thuộc cột nào. Đánh dấu hàng đầu (hoặc cột đầu) là hàng '
        + 'tiêu đề.',
      en: 'A table has no header cells: screen reader users hear the values without knowing their column. Mark the first row (or column) as the header row.',
    },
    check: ({ scan }) => scan.tables.filter((t) => !cells(t).some((c) => c.header)).map(nameOf),
  },
  {
    id: 'table-empty-header',
    severity: 'error',
    message: {
      vi: 'Bảng có ô tiêu đề để trống: cột (hoặc hàng) đó không có tên khi nghe. Hãy viết tên cho ô tiêu đề.',
      en: 'A table has an empty header cell: that column (or row) has no name when heard. Give the header cell a name.',
    },
    check: ({ scan }) => scan.tables.filter((t) => cells(t).some((c) => c.header && !inlineText(c.children).trim())).map(nameOf),
  },
]
