import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { contrastRatio, luminance, measureFocusChange, minimumFocusArea } from './contrast'
import { decodePng, type Bitmap } from './png'

const solid = (width: number, height: number, rgb: [number, number, number]): Bitmap => {
  const data = new Uint8Array(width * height * 4)
  for (let i = 0; i < data.length; i += 4) data.set([...rgb, 255], i)
  return { width, height, data }
}
const paint = (b: Bitmap, x: number, y: number, rgb: [number, number, number]) => b.data.set([...rgb, 255], (y * b.width + x) * 4)

describe('contrast maths', () => {
  it('matches WCAG: black on white is 21:1, #767676 on white is 4.54:1', () => {
    expect(contrastRatio(luminance(0, 0, 0), luminance(255, 255, 255))).toBeCloseTo(21, 5)
    expect(contrastRatio(luminance(255, 255, 255), luminance(0x76, 0x76, 0x76))).toBeCloseTo(4.54, 2)
  })

  it('takes the 2 px ring inside the element\'s shape as the minimum focus area', () => {
    expect(minimumFocusArea([{ x: 0, y: 0, width: 100, height: 20 }])).toBe(100 * 20 - 96 * 16)
    // Two boxes apart (not lines of one run of text): a ring round each.
    expect(minimumFocusArea([{ x: 0, y: 0, width: 100, height: 20 }, { x: 0, y: 60, width: 50, height: 20 }])).toBe(100 * 20 - 96 * 16 + 50 * 20 - 46 * 16)
  })

  it('joins the lines of a wrapped link across their leading, as its outline does', () => {
    // 100 px then 40 px wide, 20 px high, 4 px of leading between them: one shape, 100×44 less
    // the 60×24 notch to the right of the second line.
    const wrapped = minimumFocusArea([{ x: 0, y: 0, width: 100, height: 20 }, { x: 0, y: 24, width: 40, height: 20 }])
    const separate = minimumFocusArea([{ x: 0, y: 0, width: 100, height: 20 }]) + minimumFocusArea([{ x: 0, y: 0, width: 40, height: 20 }])
    // The ring of the joined shape, row by row: the top two rows; the sides of the first line;
    // the two rows above the notch; the sides of the second line (and the leading); its bottom two.
    expect(wrapped).toBe(2 * 100 + 18 * 4 + 2 * 58 + 24 * 4 + 2 * 36)
    expect(wrapped).toBeLessThan(separate)
  })

  it('measures the changed area, the part at 3:1 and the best contrast', () => {
    const before = solid(10, 10, [255, 255, 255])
    const after = solid(10, 10, [255, 255, 255])
    for (let x = 0; x < 10; x++) paint(after, x, 0, [0, 0, 0]) // a dark line: 3:1 and more
    for (let x = 0; x < 10; x++) paint(after, x, 9, [0xee, 0xee, 0xee]) // a faint line: changed, under 3:1
    const change = measureFocusChange(after, before, [{ x: 0, y: 0, width: 6, height: 6 }])
    expect(change).toEqual({ changedArea: 20, contrastingArea: 10, bestContrast: 21, minimumArea: 36 - 4 })
    expect(measureFocusChange(before, before, [{ x: 0, y: 0, width: 6, height: 6 }]).changedArea).toBe(0)
  })
})

describe('decodePng', () => {
  /** Encodes RGBA (or RGB, as Chromium's pictures are) rows with a different PNG filter on each row, so every unfilter path is used. */
  const encode = (b: Bitmap, channels = 4): Uint8Array => {
    const stride = b.width * channels
    const px = channels === 4 ? b.data : b.data.filter((_, i) => i % 4 !== 3)
    const raw: number[] = []
    for (let y = 0; y < b.height; y++) {
      const filter = y % 5
      raw.push(filter)
      for (let x = 0; x < stride; x++) {
        const v = px[y * stride + x]!
        const a = x >= channels ? px[y * stride + x - channels]! : 0
        const up = y > 0 ? px[(y - 1) * stride + x]! : 0
        const c = x >= channels && y > 0 ? px[(y - 1) * stride + x - channels]! : 0
        const p = a + up - c, pa = Math.abs(p - a), pb = Math.abs(p - up), pc = Math.abs(p - c)
        const pred = [0, a, up, (a + up) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? up : c][filter]!
        raw.push((v - pred + 256) & 0xff)
      }
    }
    const chunk = (type: string, body: Uint8Array) => {
      const out = Buffer.alloc(12 + body.length)
      out.writeUInt32BE(body.length, 0)
      out.write(type, 4, 'latin1')
      Buffer.from(body).copy(out, 8)
      return out // CRC left zero: the decoder does not check it
    }
    const ihdr = Buffer.alloc(13)
    ihdr.writeUInt32BE(b.width, 0)
    ihdr.writeUInt32BE(b.height, 4)
    ihdr.set([8, channels === 4 ? 6 : 2, 0, 0, 0], 8)
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from(raw))), chunk('IEND', new Uint8Array())])
  }

  it('decodes every filter type back to the same pixels', () => {
    const b = solid(7, 10, [10, 20, 30])
    for (let i = 0; i < b.data.length; i++) if (i % 4 !== 3) b.data[i] = (i * 37 + 11) & 0xff
    expect(decodePng(encode(b))).toEqual(b)
    const opaque = solid(7, 10, [10, 20, 30])
    for (let i = 0; i < opaque.data.length; i++) if (i % 4 !== 3) opaque.data[i] = (i * 53 + 7) & 0xff
    expect(decodePng(encode(opaque, 3))).toEqual(opaque)
  })

  it('refuses what it cannot read', () => {
    expect(() => decodePng(new Uint8Array([1, 2, 3, 4]))).toThrow('not a PNG')
  })
})
