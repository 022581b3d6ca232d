import iconv from 'iconv-lite'

/** The charset a Content-Type names, lower-cased, or undefined. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')
  return match?.[1]?.toLowerCase()
}

/**
 * Decodes a page's bytes as a browser would, mostly: a byte order mark first, then the
 * Content-Type header's charset, then a `<meta charset>` or `http-equiv` in the first 4 KB,
 * then UTF-8. Legacy Vietnamese pages (windows-1258, TCVN via iconv's names) read correctly.
 * An unknown charset falls back to UTF-8 rather than failing the page.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8')
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return iconv.decode(buffer.subarray(2), 'utf-16le')
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return iconv.decode(buffer.subarray(2), 'utf-16be')
  const declared = charsetOf(contentType) ?? metaCharset(buffer.subarray(0, 4096).toString('latin1'))
  // A page declaring UTF-16 in a meta is lying (it could not be read to find the meta): UTF-8 then.
  const charset = declared && !declared.startsWith('utf-16') && iconv.encodingExists(declared) ? declared : 'utf-8'
  // Legacy Vietnamese code pages put tone marks after the letter: composed, so search and folding see one letter.
  return charset === 'utf-8' || charset === 'utf8' ? buffer.toString('utf8') : iconv.decode(buffer, charset).normalize('NFC')
}

function metaCharset(head: string): string | undefined {
  const direct = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)
  return direct?.[1]?.toLowerCase()
}
