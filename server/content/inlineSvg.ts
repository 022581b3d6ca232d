import type { Element } from 'hast'
import { attr, isElement, textOf } from './hastText'

/**
 * An inline SVG picture as an image the renderer can show: the SVG rebuilt from an allow-list of
 * drawing elements and presentation attributes (no script, links, styles, foreign content or
 * outside references), as a `data:` URL, which the CSP's img-src allows and which a browser
 * renders as an inert picture. Its `<title>` is its description; without one it is not kept.
 */
export interface SvgPicture {
  src: string
  alt: string
}

const DRAWING = new Set([
  'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan',
  'defs', 'lineargradient', 'radialgradient', 'stop', 'title', 'desc',
])
const PRESENTATION = new Set([
  'viewBox', 'width', 'height', 'd', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry',
  'points', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'opacity',
  'fill-opacity', 'stroke-opacity', 'fill-rule', 'transform', 'offset', 'stop-color', 'font-size',
  'font-family', 'font-weight', 'text-anchor', 'id', 'gradientUnits', 'gradientTransform',
])
/** A paint reference stays inside the picture (`url(#id)`); anything else with "url(" does not pass. */
const SAFE_VALUE = /^(?:[^()<>&"]*|url\(#[\w-]+\))$/
const MAX_DATA_URL = 100_000

/** hast keeps SVG attributes under property names; the attribute is what the file must say. */
const attributeName = (property: string): string =>
  property === 'viewBox' || property.startsWith('gradient') ? property : property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function serialize(el: Element): string {
  const tag = el.tagName.toLowerCase()
  if (!DRAWING.has(tag)) return ''
  const name = tag === 'lineargradient' ? 'linearGradient' : tag === 'radialgradient' ? 'radialGradient' : tag
  const attributes = Object.keys(el.properties)
    .map((property) => [attributeName(property), attr(el, property)] as const)
    .filter(([attribute, value]) => PRESENTATION.has(attribute) && value !== undefined && SAFE_VALUE.test(value))
    .map(([attribute, value]) => ` ${attribute}="${escapeXml(value!)}"`)
    .join('')
  const namespace = tag === 'svg' ? ' xmlns="http://www.w3.org/2000/svg"' : ''
  const children = el.children.map((child) => (isElement(child) ? serialize(child) : child.type === 'text' ? escapeXml(child.value) : '')).join('')
  return `<${name}${namespace}${attributes}>${children}</${name}>`
}

/** The picture an inline `<svg>` shows, or undefined when it has no title to describe it by. */
export function svgPicture(svg: Element): SvgPicture | undefined {
  const title = svg.children.find((c): c is Element => isElement(c) && c.tagName.toLowerCase() === 'title')
  const alt = title ? textOf(title).replace(/\s+/g, ' ').trim() : ''
  if (!alt) return undefined
  const src = `data:image/svg+xml;base64,${Buffer.from(serialize(svg), 'utf8').toString('base64')}`
  return src.length <= MAX_DATA_URL ? { src, alt } : undefined
}
