import { brotliDecompressSync } from 'node:zlib'

/**
 * The code points a WOFF2 font maps to a glyph (its cmap, formats 4 and 12), read straight from
 * the file. Test support only (Node): it proves a self-hosted face really has a glyph for each
 * character we render in it, instead of trusting a subset's name or its unicode-range.
 * Layout per the WOFF2 spec (W3C REC, §4–5) and OpenType's cmap table.
 */
export function woff2CodePoints(file: Buffer): Set<number> {
  if (file.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 file')
  const numTables = file.readUInt16BE(12)
  let offset = 48
  const readBase128 = (): number => {
    let value = 0
    for (let i = 0; i < 5; i++) {
      const byte = file[offset++]!
      value = value * 128 + (byte & 0x7f)
      if ((byte & 0x80) === 0) return value
    }
    throw new Error('bad UIntBase128')
  }
  // The tables sit back to back in one brotli stream, in directory order.
  let streamOffset = 0
  let cmap: { start: number; length: number } | undefined
  for (let i = 0; i < numTables; i++) {
    const flags = file[offset++]!
    const tagIndex = flags & 0x3f
    if (tagIndex === 63) offset += 4 // an explicit tag follows
    const transform = flags >> 6
    const origLength = readBase128()
    const isGlyfOrLoca = tagIndex === 10 || tagIndex === 11
    const transformed = isGlyfOrLoca ? transform !== 3 : transform !== 0
    const length = transformed ? readBase128() : origLength
    if (tagIndex === 0) cmap = { start: streamOffset, length }
    streamOffset += length
  }
  if (!cmap) throw new Error('no cmap table')
  const compressedLength = file.readUInt32BE(20)
  const tables = brotliDecompressSync(file.subarray(offset, offset + compressedLength))
  return cmapCodePoints(tables.subarray(cmap.start, cmap.start + cmap.length))
}

function cmapCodePoints(cmap: Buffer): Set<number> {
  const points = new Set<number>()
  const count = cmap.readUInt16BE(2)
  for (let i = 0; i < count; i++) {
    const sub = cmap.readUInt32BE(4 + i * 8 + 4)
    const format = cmap.readUInt16BE(sub)
    if (format === 4) {
      const segments = cmap.readUInt16BE(sub + 6) / 2
      const ends = sub + 14
      const starts = ends + segments * 2 + 2
      const deltas = starts + segments * 2
      const rangeOffsets = deltas + segments * 2
      for (let s = 0; s < segments; s++) {
        const end = cmap.readUInt16BE(ends + s * 2)
        const start = cmap.readUInt16BE(starts + s * 2)
        const delta = cmap.readInt16BE(deltas + s * 2)
        const rangeOffsetAt = rangeOffsets + s * 2
        const rangeOffset = cmap.readUInt16BE(rangeOffsetAt)
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph = rangeOffset === 0
            ? (c + delta) & 0xffff
            : cmap.readUInt16BE(rangeOffsetAt + rangeOffset + (c - start) * 2)
          if (glyph !== 0) points.add(c)
        }
      }
    } else if (format === 12) {
      const groups = cmap.readUInt32BE(sub + 12)
      for (let g = 0; g < groups; g++) {
        const at = sub + 16 + g * 12
        const first = cmap.readUInt32BE(at)
        const last = cmap.readUInt32BE(at + 4)
        const glyph = cmap.readUInt32BE(at + 8)
        for (let c = first; c <= last; c++) if (glyph + (c - first) !== 0) points.add(c)
      }
    }
  }
  return points
}
