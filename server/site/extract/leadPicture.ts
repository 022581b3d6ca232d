import type { ExtractedPicture } from '../types'
import { absoluteUrl, LAZY_SRC, textOf } from './dom'

/** The same picture at another size (`cau-1200x630.jpg` is `cau.jpg`) counts as the same. */
function sameImage(a: string, b: string): boolean {
  const path = (u: string): string => {
    try {
      return new URL(u).pathname.replace(/-\d+x\d+(?=\.\w+$)/, '')
    } catch {
      return u
    }
  }
  return path(a) === path(b)
}

const SOURCES = ['src', ...LAZY_SRC]

function showsImage(img: Element, src: string, base: string): boolean {
  return SOURCES.some((attribute) => {
    const value = img.getAttribute(attribute)
    return value ? sameImage(absoluteUrl(value, base) ?? value, src) : false
  })
}

/** The caption a page gives a picture: its figure's figcaption, or a `data-caption` on it or around it. */
function captionOf(img: Element): string {
  const figcaption = img.closest('figure')?.querySelector('figcaption')
  if (figcaption) return textOf(figcaption)
  return (img.getAttribute('data-caption') ?? img.closest('[data-caption]')?.getAttribute('data-caption') ?? '').replace(/\s+/g, ' ').trim()
}

/**
 * og:image as the lead picture, unless the body already starts with that picture. Its alt and
 * caption are what the page gives that picture wherever it shows it (often a hero picture above
 * the article, outside the body the extractor kept), so a reader hears what the page says of it.
 */
export function leadPicture(image: { src: string; alt: string } | undefined, container: Element, page: Element[], base: string): { image?: ExtractedPicture } {
  if (!image) return {}
  const firstImage = container.querySelector('img')
  const firstBlock = container.firstElementChild
  if (firstImage && firstBlock?.contains(firstImage) && sameImage(firstImage.getAttribute('src') ?? '', image.src)) return {}
  const shown = [...container.querySelectorAll('img')].find((img) => showsImage(img, image.src, base))
    ?? page.find((element) => element.tagName === 'IMG' && showsImage(element, image.src, base))
  return { image: { src: image.src, alt: image.alt || shown?.getAttribute('alt')?.trim() || '', caption: shown ? captionOf(shown) : '' } }
}
