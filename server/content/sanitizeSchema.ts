import { defaultSchema, type Schema } from 'hast-util-sanitize'

/**
 * The allow-list every incoming body passes before it becomes a document. Built on
 * hast-util-sanitize's GitHub-like default (no script, style, iframe, event handlers or
 * javascript: URLs), narrowed: no classes, no inline styles, and `lang` kept everywhere because
 * language of parts matters (WCAG 3.1.2). Ids pass only so that conversion can keep the ones a
 * same-page link targets (renamed, prefixed); a link's `aria-label` only to become its text.
 * `data:` pictures pass here; conversion keeps only base64 images (an inline SVG's rebuilt copy).
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: [],
  clobberPrefix: '',
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
    'figure',
    'figcaption',
    'abbr',
    'caption',
    'mark',
    'cite',
    'address',
  ],
  attributes: {
    '*': ['lang', 'title', 'id'],
    a: ['href', 'target', 'title', 'ariaLabel', 'name'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    th: ['scope', 'align'],
    td: ['align'],
    ol: ['start'],
    abbr: ['title'],
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https', 'data'],
  },
  // Removed with their content. Form controls do nothing in an article and a button that
  // does nothing is a trap; players and SVG arrive here already turned into links and pictures
  // (faithful.ts), which also notes what these held.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math',
    'button', 'select', 'textarea', 'video', 'audio'],
}
