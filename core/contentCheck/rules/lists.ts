import type { Inline } from '../../document'
import { inlineText } from '../../text'
import { quote, type ContentRule } from '../rule'

/** A line typed as a list item: "- ", "• ", "1. ", "a) ". */
export const TYPED_ITEM = /^\s*(?:[-–•*·+▪●○◦]|\d{1,2}[.)]|[a-zđ][.)])\s+\S/u

/** The paragraph's lines, split at its line breaks. */
function lines(children: readonly Inline[]): string[] {
  const out = ['']
  for (const child of children) {
    if (child.type === 'break') out.push('')
    else out[out.length - 1] += inlineText([child])
  }
  return out.filter((line) => line.trim())
}

export const listRules: ContentRule[] = [
  {
    id: 'list-typed',
    severity: 'warning',
    message: {
      vi: 'Danh sách gõ tay bằng "-", "•" hay "1." ở đầu dòng: trình đọc màn hình không biết đó là danh sách có bao nhiêu mục. Hãy dùng nút danh sách (gạch '
        + 'đầu dòng hoặc đánh số) của trình soạn thảo.',
      en: 'A list typed by hand with "-", "•" or "1." at the start of lines: screen readers do not know it is a list or how many items it has. Use the '
        + 'editor\'s bulleted or numbered list button.',
    },
    check: ({ scan }) => {
      const found: string[] = []
      scan.paragraphs.forEach((p, i) => {
        const typedLines = lines(p.children).filter((line) => TYPED_ITEM.test(line))
        if (typedLines.length >= 2) found.push(quote(p.text))
        // A run of one-line paragraphs each typed as an item: reported once, at its first paragraph.
        const previous = scan.paragraphs[i - 1]
        const runStarts = p.afterParagraph && TYPED_ITEM.test(p.text) && previous && TYPED_ITEM.test(previous.text)
          && !(previous.afterParagraph && TYPED_ITEM.test(scan.paragraphs[i - 2]?.text ?? ''))
        if (runStarts && typedLines.length < 2) found.push(quote(previous.text))
      })
      return found
    },
  },
]
