import type { Root } from 'hast'
import rehypeParse from 'rehype-parse'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import type { ArticleDocument } from '../../core/document'
import { prepareCmsMarkup } from './cmsMarkup'
import { notebookFor, type Notebook } from './conversionNotes'
import { prepareFaithfully } from './faithful'
import { possibleAutolinks, remarkGfmWith } from './gfmSyntax'
import { sanitizeSchema } from './sanitizeSchema'
import { toDocument, type DocumentOptions } from './toDocument'

/** The pipelines are shared; each run's notebook travels in its file. */
const notebookOf = (file: VFile): Notebook => (file.data.note as Notebook | undefined) ?? (() => undefined)
export const rehypeFaithful = () => (tree: Root, file: VFile) => prepareFaithfully(tree, notebookOf(file))

const markdownPipeline = (autolinks: readonly string[]) => unified()
  .use(remarkParse)
  .use(remarkGfmWith(autolinks))
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeFaithful)
  .use(rehypeSanitize, sanitizeSchema)

/** One pipeline for each set of literal autolinks a document may hold (see gfmSyntax.ts): at most eight. */
const markdownPipelines = new Map<string, ReturnType<typeof markdownPipeline>>()
const markdownToHastFor = (markdown: string) => {
  const autolinks = possibleAutolinks(markdown)
  const key = autolinks.join()
  let pipeline = markdownPipelines.get(key)
  if (!pipeline) markdownPipelines.set(key, (pipeline = markdownPipeline(autolinks)))
  return pipeline
}

const htmlToHast = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeFaithful)
  .use(() => prepareCmsMarkup)
  .use(rehypeSanitize, sanitizeSchema)

const textToHast = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeSanitize, sanitizeSchema)

/**
 * Markdown (with the little raw HTML it may carry) to a sanitized, normalized document.
 * `notes` receives what conversion dropped or repaired; `abbreviations` are marked as `abbr`.
 */
export function markdownToDocument(markdown: string, options: Omit<DocumentOptions, 'baseUrl'> = {}): ArticleDocument {
  const markdownToHast = markdownToHastFor(markdown)
  const tree = markdownToHast.runSync(markdownToHast.parse(markdown), { data: { note: notebookFor(options.notes) } }) as Root
  return toDocument(tree, options)
}

/**
 * HTML from a CMS (WordPress, Gutenberg blocks) to a sanitized, normalized document. `baseUrl`
 * (the CMS site) resolves relative links and images; without it they are dropped. `notes`
 * receives what conversion dropped or repaired.
 */
export function htmlToDocument(html: string, options: DocumentOptions = {}): ArticleDocument {
  const tree = htmlToHast.runSync(htmlToHast.parse(html), { data: { note: notebookFor(options.notes) } }) as Root
  return toDocument(tree, options)
}

/** Text of an HTML fragment such as a WordPress title or excerpt: markup dropped, entities decoded. */
export function htmlToText(html: string): string {
  const tree = textToHast.runSync(textToHast.parse(html)) as Root
  let out = ''
  const walk = (node: Root | Root['children'][number]): void => {
    if (node.type === 'text') out += node.value
    else if ('children' in node) node.children.forEach(walk)
  }
  walk(tree)
  return out.replace(/\s+/g, ' ').trim()
}
