import { altIsFileName, altIsGeneric, altIsSize, normalizeText } from '../words'
import { quote, type ContentRule } from '../rule'

/** Longer than this, a description is better said in the caption or the text. */
export const LONG_ALT = 250

const described = (figure: { image: { alt: string; decorative: boolean } }): boolean => !figure.image.decorative && figure.image.alt.trim() !== ''
const name = (figure: { image: { src: string }; caption: string }): string => quote(figure.caption || figure.image.src.split('/').pop() || figure.image.src)

export const pictureRules: ContentRule[] = [
  {
    id: 'image-alt-missing',
    severity: 'error',
    message: {
      vi: 'Ảnh chưa có mô tả (alt): người dùng trình đọc màn hình không biết ảnh nói gì. Viết một câu ngắn tả điều ảnh cho thấy; nếu ảnh chỉ để trang trí, '
        + 'đánh dấu là ảnh trang trí (alt rỗng).',
      en: 'A picture has no description (alt): screen reader users cannot know what it shows. Write a short sentence saying what it shows; if it is only '
        + 'decoration, mark it decorative (empty alt).',
    },
    check: ({ scan }) => scan.figures.filter((f) => !f.image.decorative && !f.image.alt.trim()).map(name),
  },
  {
    id: 'image-alt-file-name',
    severity: 'error',
    message: {
      vi: 'Mô tả ảnh là tên tệp hoặc kích thước ("IMG_0042.jpg", "800x600"): hãy thay bằng câu tả điều ảnh cho thấy.',
      en: 'The picture\'s description is a file name or a size ("IMG_0042.jpg", "800x600"): replace it with a sentence saying what the picture shows.',
    },
    check: ({ scan }) => scan.figures.filter((f) => described(f) && (altIsFileName(f.image.alt,
      f.image.src) || altIsSize(f.image.alt))).map((f) => quote(f.image.alt)),
  },
  {
    id: 'image-alt-generic',
    severity: 'error',
    message: {
      vi: 'Mô tả ảnh chỉ là "ảnh", "hình", "image" hay chữ giữ chỗ: nó không nói gì. Hãy viết điều ảnh cho thấy (ai, làm gì, ở đâu).',
      en: 'The picture\'s description is only "image", "photo" or placeholder text: it says nothing. Say what the picture shows (who, doing what, where).',
    },
    check: ({ scan }) => scan.figures.filter((f) => described(f) && altIsGeneric(f.image.alt)).map((f) => quote(f.image.alt)),
  },
  {
    id: 'image-alt-long',
    severity: 'warning',
    message: {
      vi: `Mô tả ảnh dài hơn ${LONG_ALT} ký tự: khó nghe hết và không thể đọc lại từng đoạn. `
        + 'Rút gọn còn một hai câu; chi tiết đưa vào chú thích hoặc bài viết.',
      en: `The picture's description is longer than ${LONG_ALT} characters: hard to listen to and impossible to re-read in parts. `
        + 'Keep it to a sentence or two; put the details in the caption or the text.',
    },
    check: ({ scan }) => scan.figures.filter((f) => described(f) && f.image.alt.trim().length > LONG_ALT).map((f) => quote(f.image.alt)),
  },
  {
    id: 'image-alt-same-as-caption',
    severity: 'warning',
    message: {
      vi: 'Mô tả ảnh giống hệt chú thích: trình đọc màn hình đọc hai lần. Mô tả điều ảnh cho thấy, còn chú thích nói điều người xem cần biết thêm.',
      en: 'The picture\'s description repeats its caption: screen readers read it twice. Describe what the picture shows; let the caption add what viewers '
        + 'need to know.',
    },
    check: ({ scan }) => scan.figures
      .filter((f) => described(f) && f.caption && normalizeText(f.image.alt) === normalizeText(f.caption))
      .map((f) => quote(f.caption)),
  },
  {
    id: 'image-decorative-alone',
    severity: 'error',
    message: {
      vi: 'Ảnh được đánh dấu trang trí (alt rỗng) nhưng là nội dung duy nhất của khung ảnh hoặc của một liên kết: người đọc màn hình không được biết gì, '
        + 'liên kết không có tên. Hãy viết mô tả cho ảnh.',
      en: 'A picture marked decorative (empty alt) is the only content of its figure or of a link: screen reader users are told nothing, and the link has '
        + 'no name. Describe the picture.',
    },
    check: ({ scan }) => scan.figures.filter((f) => f.image.decorative && (!f.caption || f.linked)).map(name),
  },
]
