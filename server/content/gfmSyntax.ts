import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import type { Construct, ConstructRecord, Extension } from 'micromark-util-types'
import type { Processor } from 'unified'

/**
 * GFM's literal autolinks (`contact@example.org`, `www.example.org`, `https://example.org`) and
 * what each needs in the text to match. The email construct is tried at the start of every ASCII
 * letter run, and each try splits the text into a token per character (merged again later): it
 * made parsing Vietnamese prose three times slower (1,000 ns a character against 300, measured on
 * the bench corpus, which has no '@' at all). A construct whose characters are not in the document
 * can only fail, and a failed try leaves nothing behind, so leaving it out parses the same tree.
 */
const LITERAL_AUTOLINKS: Record<string, RegExp> = {
  emailAutolink: /@/,
  wwwAutolink: /www\./i,
  protocolAutolink: /https?:\/\//i,
}

/** The literal-autolink constructs that could match somewhere in `markdown`, by name. */
export function possibleAutolinks(markdown: string): string[] {
  return Object.keys(LITERAL_AUTOLINKS).filter((name) => LITERAL_AUTOLINKS[name]!.test(markdown))
}

/** micromark-extension-gfm's syntax without the literal-autolink constructs not in `keep`. */
function gfmSyntax(keep: readonly string[]): Extension {
  const syntax = gfm()
  const text: ConstructRecord = {}
  for (const [code, value] of Object.entries(syntax.text ?? {})) {
    const constructs = (Array.isArray(value) ? value : value ? [value] : []).filter(
      (construct: Construct) => !construct.name || !(construct.name in LITERAL_AUTOLINKS) || keep.includes(construct.name),
    )
    if (constructs.length) text[code] = constructs
  }
  return { ...syntax, text }
}

/**
 * remark-gfm's plugin (the GFM syntax for the parser, GFM nodes for the tree) with only the
 * literal autolinks in `keep`: with all three it is remark-gfm (no options).
 */
export function remarkGfmWith(keep: readonly string[]) {
  return function (this: Processor): void {
    const data = this.data()
    ;(data.micromarkExtensions ??= []).push(gfmSyntax(keep))
    ;(data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown())
  }
}
