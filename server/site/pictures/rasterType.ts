/**
 * The raster type a picture's first bytes say it is, or undefined: PNG, JPEG, GIF, WebP and AVIF
 * only. What the origin's Content-Type claims is never believed, and SVG (a document that can
 * carry script) is never served.
 */
export function rasterType(bytes: Uint8Array): string | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to))
  if (bytes.length < 12) return undefined
  if (bytes[0] === 0x89 && ascii(1, 8) === 'PNG\r\n\x1a\n') return 'image/png'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'image/gif'
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp'
  if (ascii(4, 8) === 'ftyp') {
    // The major brand, or one of the compatible brands the box lists.
    const boxSize = Math.min(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0), bytes.length, 64)
    for (let at = 8; at + 4 <= boxSize; at += 4) {
      if (at === 12) continue // the minor version, not a brand
      if (/^avi[fs]$/.test(ascii(at, at + 4))) return 'image/avif'
    }
  }
  return undefined
}
