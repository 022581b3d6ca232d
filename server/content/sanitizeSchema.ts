import { defaultSchema, type Schema } from 'hast-util-sanitize'

/**
 * The allow-list every incoming body passes before it becomes a document. Built on
 * hast-util-sanitize's GitHub-like default (no script, style, iframe, event handlers or
 * javascript: URLs), narrowed: no ids or classes (the document model makes its own ids),
 * no inline styles, and `lang` kept everywhere because language of parts matters (WCAG 3.1.2).
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
    '*': ['lang', 'title'],
    a: ['href', 'target', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    th: ['scope', 'align'],
    td: ['align'],
    ol: ['start'],
    abbr: ['title'],
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
  },
  // Removed with their content. Form controls do nothing in an article and a button that
  // does nothing is a trap; players arrive here already turned into links (cmsMarkup.ts).
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math',
    'button', 'select', 'textarea', 'video', 'audio'],
}
