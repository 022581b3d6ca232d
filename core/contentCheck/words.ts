/**
 * Words and patterns that tell whether link and picture text says enough, shared by the content
 * checks on the document model (core/contentCheck/) and the deployment audit of rendered pages
 * (scripts/audit/contentRules.ts), so the two never disagree about what is "vague".
 */

/** Lower case, one space, no leading or trailing arrows, dots and colons: how text is compared. */
export const normalizeText = (text: string): string =>
  text.normalize('NFC').toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/^[\s.…:»›→>!-]+|[\s.…:»›→>!-]+$/g, '').trim()

/** Link text that says nothing out of context, in Vietnamese and English. */
const VAGUE = new Set([
  'bấm vào đây', 'nhấn vào đây', 'nhấp vào đây', 'click vào đây', 'bấm đây', 'nhấn đây', 'tại đây', 'ở đây', 'đây', 'xem thêm', 'xem tiếp',
  'đọc thêm', 'đọc tiếp', 'xem chi tiết', 'chi tiết', 'tiếp', 'thêm', 'liên kết', 'link', 'tiếp tục', 'tiếp tục đọc', 'xem', 'xem tại đây',
  'click here', 'here', 'click', 'read more', 'more', 'learn more', 'more info', 'more information', 'details', 'continue',
  'continue reading', 'this link', 'go', 'this', 'see more', 'view more', 'find out more', 'tap here', 'press here',
])
export const isVagueLinkText = (name: string): boolean => VAGUE.has(normalizeText(name))

const NEW_WINDOW = /new (window|tab)|cửa sổ mới|thẻ mới|tab mới|trang mới|opens? (in )?(a )?new/i
export const mentionsNewWindow = (name: string): boolean => NEW_WINDOW.test(name)

const DOCUMENT = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|zip|epub)$/i
/** The document format a link leads to ("pdf", "docx"…), from its path; undefined for a page. */
export function documentFormat(href: string): string | undefined {
  // The path alone, without URL (core has no DOM or Node types): scheme and host cannot end in ".pdf" once a path follows.
  const path = href.split(/[?#]/)[0] ?? ''
  return DOCUMENT.exec(path)?.[1]?.toLowerCase()
}
const FORMAT_WORDS: Record<string, RegExp> = { doc: /doc|word/i, docx: /doc|word/i, xls: /xls|excel/i, xlsx: /xls|excel/i, ppt: /ppt|powerpoint/i, pptx: /ppt|powerpoint/i }
/** "Báo cáo năm (PDF, 2,4 MB)": format and size both named. */
export const namesFormatAndSize = (name: string, format: string): boolean =>
  (FORMAT_WORDS[format] ?? new RegExp(format, 'i')).test(name) && /\d\s*(bytes?|[kmg]i?b)\b/i.test(name)

const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?)$/i
const CAMERA_NAME = /^(img|dsc|dscn|pic|image|photo|screenshot|untitled)[-_ ]?\d+$/i
/** A description that is the picture's file name, or a camera's ("DSC_0042"). */
export function altIsFileName(alt: string, src: string): boolean {
  const text = alt.trim()
  if (!text) return false
  let file = src.split(/[?#]/)[0]!.split('/').pop() ?? ''
  try {
    file = decodeURIComponent(file)
  } catch {
    // A malformed escape: compare the name as it is written.
  }
  return IMAGE_FILE.test(text) || CAMERA_NAME.test(text) || (file !== '' && (text === file || text === file.replace(IMAGE_FILE, '')))
}

/** A description that is only a size: "800x600", "1,2 MB", "120 KB". */
export const altIsSize = (alt: string): boolean => /^\d+\s*[x×]\s*\d+(\s*px)?$|^\d+([.,]\d+)?\s*(bytes?|[kmg]i?b)$/i.test(alt.trim())

/** Descriptions that describe nothing: the word for "picture" alone, or text left in a template. */
const GENERIC_ALT = new Set([
  'ảnh', 'hình', 'hình ảnh', 'ảnh minh họa', 'ảnh minh hoạ', 'minh họa', 'minh hoạ', 'hình minh họa', 'hình minh hoạ', 'tranh', 'biểu đồ',
  'image', 'picture', 'photo', 'img', 'graphic', 'icon', 'logo', 'banner', 'chart', 'figure',
  'alt', 'alt text', 'placeholder', 'mô tả', 'mô tả ảnh', 'chưa có mô tả', 'description',
  'todo', 'tbd', 'xxx', 'lorem ipsum', 'untitled', 'null', 'undefined', 'spacer',
])
export const altIsGeneric = (alt: string): boolean => GENERIC_ALT.has(normalizeText(alt))
