import type { Inline } from '../../document'
import { quote, type ContentRule } from '../rule'

/** Longer than this, a heading is a sentence: hard to skim in a list of headings. */
export const LONG_HEADING = 160
/** A bold paragraph at most this long, not ending like a sentence, reads as a heading. */
const FAKE_HEADING_MAX = 80

/** The paragraph is one bold (or bold italic) run and nothing else. */
const wholelyBold = (children: readonly Inline[]): boolean => {
  const content = children.filter((c) => !(c.type === 'text' && !c.value.trim()) && c.type !== 'break')
  return content.length === 1 && content[0]!.type === 'strong'
}

export const headingRules: ContentRule[] = [
  {
    id: 'heading-too-long',
    severity: 'warning',
    message: {
      vi: `Tiêu đề mục dài hơn ${LONG_HEADING} ký tự: người dùng trình đọc màn hình lướt danh sách tiêu đề sẽ khó theo. `
        + 'Rút gọn tiêu đề, đưa phần còn lại vào đoạn văn bên dưới.',
      en: `A heading is longer than ${LONG_HEADING} characters: screen reader users skimming the list of headings lose their way. `
        + 'Shorten it and move the rest into the paragraph below.',
    },
    check: ({ scan }) => scan.headings.filter((h) => h.text.length > LONG_HEADING).map((h) => quote(h.text)),
  },
  {
    id: 'heading-fake',
    severity: 'warning',
    message: {
      vi: 'Một đoạn ngắn chỉ in đậm trông như tiêu đề mục nhưng không phải tiêu đề: không có trong mục lục và trình đọc màn hình không nhảy tới được. Nếu '
        + 'đó là tiêu đề, hãy dùng kiểu "Tiêu đề 2" hoặc "Tiêu đề 3".',
      en: 'A short bold-only paragraph looks like a heading but is not one: it is missing from the contents and screen readers cannot jump to it. If it is '
        + 'a heading, use the "Heading 2" or "Heading 3" style.',
    },
    check: ({ scan }) => scan.paragraphs
      .filter((p) => p.text.length > 0 && p.text.length <= FAKE_HEADING_MAX && !/[.,;…]$/.test(p.text) && wholelyBold(p.children))
      .map((p) => quote(p.text)),
  },
]
