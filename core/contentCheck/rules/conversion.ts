import { CONVERSION_RULES, type ConversionRule } from '../../contentFindings'
import type { ContentRule } from '../rule'

/**
 * What conversion noted (server/content/): content it had to drop is an error (readers lose it),
 * a structure it repaired is a warning (Lectern's readers get the repair, other outputs of the
 * portal do not).
 */
const DEFINITIONS: Record<ConversionRule, Omit<ContentRule, 'id' | 'check'>> = {
  'media-removed': {
    severity: 'error',
    message: {
      vi: 'Một video hoặc âm thanh không có địa chỉ dùng được nên đã bị bỏ: người đọc không thấy nó. Hãy nhúng lại bằng một địa chỉ tệp hoặc trang xem trực '
        + 'tiếp, kèm phụ đề hoặc bản chép lời.',
      en: 'A video or audio without a usable address was removed: readers do not get it. Embed it again with a direct file or page address, with captions '
        + 'or a transcript.',
    },
  },
  'svg-removed': {
    severity: 'error',
    message: {
      vi: 'Một hình vẽ SVG không có tiêu đề hay mô tả nên đã bị bỏ. Hãy thêm <title> mô tả hình, hoặc dùng ảnh thường có mô tả.',
      en: 'An SVG drawing without a title or description was removed. Give it a <title> that describes it, or use an ordinary picture with a description.',
    },
  },
  'fragment-link-dead': {
    severity: 'warning',
    message: {
      vi: 'Một liên kết trong trang trỏ tới chỗ không tồn tại ("#…"): chữ được giữ, liên kết bị bỏ. Hãy sửa liên kết cho trỏ đúng tiêu đề mục hoặc bỏ nó.',
      en: 'A same-page link pointed at nothing ("#…"): its text was kept, the link dropped. Point it at an existing heading or remove it.',
    },
  },
  'heading-skipped': {
    severity: 'warning',
    message: {
      vi: 'Tiêu đề mục nhảy cấp (ví dụ từ Tiêu đề 2 xuống Tiêu đề 4): Lectern đã sửa cho liền cấp, nhưng trang gốc vẫn sai. Hãy dùng cấp liền sau cấp của '
        + 'mục cha.',
      en: 'Heading levels are skipped (e.g. Heading 2 to Heading 4): Lectern made them consecutive, the original page still skips. Use the level just below '
        + 'the parent section\'s.',
    },
  },
  'list-typed-repaired': {
    severity: 'warning',
    message: {
      vi: 'Danh sách gõ tay bằng "-", "•" hay "1." đã được Lectern chuyển thành danh sách thật; trang gốc vẫn là các đoạn văn. Hãy dùng nút danh sách của '
        + 'trình soạn thảo.',
      en: 'A list typed with "-", "•" or "1." was made a real list by Lectern; the original page still has paragraphs. Use the editor\'s list button.',
    },
  },
  'table-header-repaired': {
    severity: 'warning',
    message: {
      vi: 'Bảng không có ô tiêu đề; hàng đầu in đậm đã được Lectern dùng làm hàng tiêu đề. Hãy đánh dấu hàng tiêu đề trong trình soạn thảo.',
      en: 'A table had no header cells; Lectern used its bold first row as the header row. Mark the header row in the editor.',
    },
  },
  'hidden-removed': {
    severity: 'warning',
    message: {
      vi: 'Một đoạn nội dung bị ẩn trong bài gốc (hidden, aria-hidden hoặc display:none) nên Lectern không hiển thị nó. Nếu người đọc cần đoạn đó, hãy bỏ '
        + 'ẩn; nếu không, hãy xoá nó khỏi bài.',
      en: 'Content hidden in the original (hidden, aria-hidden or display:none) is not shown by Lectern. If readers need it, unhide it; otherwise delete it '
        + 'from the article.',
    },
  },
  'content-removed': {
    severity: 'warning',
    message: {
      vi: 'Một phần nội dung không an toàn hoặc không hiển thị được (mã script, biểu mẫu, nội dung nhúng…) đã bị bỏ. Hãy thay bằng liên kết hoặc văn bản.',
      en: 'Content that is unsafe or cannot be shown (script, form control, embed…) was removed. Replace it with a link or text.',
    },
  },
}

export const conversionRules: ContentRule[] = CONVERSION_RULES.map((id) => ({
  id,
  ...DEFINITIONS[id],
  check: ({ notes }) => notes.filter((n) => n.rule === id).map((n) => n.excerpt),
}))
