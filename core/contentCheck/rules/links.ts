import { documentFormat, isVagueLinkText, mentionsNewWindow, namesFormatAndSize, normalizeText } from '../words'
import { quote, type ContentRule } from '../rule'

const BARE_URL = /^(https?:\/\/|www\.)\S+$/i
/** Where a link goes, without what only moves within the page or trails. */
const destination = (href: string): string => href.replace(/#.*$/, '').replace(/\/$/, '')

export const linkRules: ContentRule[] = [
  {
    id: 'link-empty',
    severity: 'error',
    message: {
      vi: 'Liên kết không có chữ: trình đọc màn hình chỉ đọc "liên kết" hoặc địa chỉ. Hãy viết chữ nói liên kết dẫn tới đâu.',
      en: 'A link has no text: screen readers say only "link" or read the address. Write text that says where it leads.',
    },
    check: ({ scan }) => scan.links.filter((l) => !l.text).map((l) => quote(l.href)),
  },
  {
    id: 'link-vague',
    severity: 'warning',
    message: {
      vi: 'Chữ của liên kết không nói nó dẫn tới đâu ("tại đây", "xem thêm", "chi tiết"): nghe trong danh sách liên kết thì vô nghĩa. Hãy đặt liên kết lên '
        + 'chữ nói điều người đọc sẽ thấy, ví dụ "Kế hoạch số 12/KH-UBND".',
      en: 'The link text does not say where it leads ("click here", "read more"): in a list of links it means nothing. Put the link on words that name what '
        + 'the reader will find.',
    },
    check: ({ scan }) => scan.links.filter((l) => l.text && isVagueLinkText(l.text)).map((l) => quote(l.text)),
  },
  {
    id: 'link-url-text',
    severity: 'warning',
    message: {
      vi: 'Chữ của liên kết là một địa chỉ web: trình đọc màn hình đọc từng ký tự. Hãy thay bằng tên trang hoặc tài liệu.',
      en: 'The link text is a web address: screen readers read it out character by character. Use the page\'s or document\'s name instead.',
    },
    check: ({ scan }) => scan.links.filter((l) => BARE_URL.test(l.text)).map((l) => quote(l.text)),
  },
  {
    id: 'link-same-text',
    severity: 'warning',
    message: {
      vi: 'Các liên kết cùng chữ nhưng dẫn tới những nơi khác nhau: người đọc không phân biệt được. Hãy viết chữ khác nhau cho từng nơi.',
      en: 'Links with the same text lead to different places: readers cannot tell them apart. Give each destination its own words.',
    },
    check: ({ scan }) => {
      const byText = new Map<string, { text: string; places: Set<string> }>()
      for (const l of scan.links) {
        const key = normalizeText(l.text)
        if (!key || isVagueLinkText(l.text)) continue
        const entry = byText.get(key) ?? { text: l.text, places: new Set<string>() }
        byText.set(key, entry)
        entry.places.add(destination(l.href))
      }
      return [...byText.values()].filter((e) => e.places.size > 1).map((e) => quote(e.text))
    },
  },
  {
    id: 'link-document-format',
    severity: 'warning',
    message: {
      vi: 'Liên kết tới tài liệu (PDF, Word, Excel…) không nói loại tệp và dung lượng: người đọc không biết sẽ tải về gì. Thêm vào chữ liên kết, ví dụ "Báo '
        + 'cáo năm 2024 (PDF, 2,4 MB)".',
      en: 'A link to a document (PDF, Word, Excel…) does not give the file type and size: readers do not know what they will download. Add them to the link '
        + 'text, e.g. "Annual report 2024 (PDF, 2.4 MB)".',
    },
    check: ({ scan }) => scan.links.filter((l) => {
      const format = documentFormat(l.href)
      return format !== undefined && !namesFormatAndSize(l.text, format)
    }).map((l) => quote(l.text || l.href)),
  },
  {
    id: 'link-new-window',
    severity: 'warning',
    message: {
      vi: 'Liên kết mở cửa sổ mới mà chữ không báo trước: nút "Quay lại" không còn dùng được và người đọc bị lạc. Lectern tự báo cho người đọc, nhưng trang '
        + 'gốc thì không: hãy bỏ "mở cửa sổ mới" hoặc ghi "(mở cửa sổ mới)" trong chữ liên kết.',
      en: 'A link opens a new window without saying so: the Back button stops working and readers get lost. Lectern tells its readers, the original site '
        + 'does not: stop opening a new window, or add "(opens in a new window)" to the link text.',
    },
    check: ({ scan }) => scan.links.filter((l) => l.newWindow && !mentionsNewWindow(l.text)).map((l) => quote(l.text || l.href)),
  },
]
