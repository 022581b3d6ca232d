import iconv from 'iconv-lite'

/**
 * windows-1258 has no code for most Vietnamese letters with a tone mark: it stores the letter
 * (with its circumflex, breve or horn) and the tone as a separate combining mark. iconv-lite maps
 * code to code, so text is split that way before encoding (fixtures, the bench corpus), and put
 * back together (NFC) after decoding.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g

export function encodeWindows1258(text: string): Buffer {
  const split = [...text.normalize('NFC')].map((ch) => {
    const parts = ch.normalize('NFD')
    const tones = parts.match(TONES)?.join('') ?? ''
    return tones ? parts.replace(TONES, '').normalize('NFC') + tones : ch
  }).join('')
  return iconv.encode(split, 'windows-1258')
}

export function decodeWindows1258(bytes: Buffer): string {
  return iconv.decode(bytes, 'windows-1258').normalize('NFC')
}
