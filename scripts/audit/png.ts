import { inflateSync } from 'node:zlib'

/** Pixels as RGBA bytes, row after row. */
export interface Bitmap {
  width: number
  height: number
  data: Uint8Array
}

/**
 * Decodes the PNGs Chromium's screenshots are: 8 bits per channel, RGB or RGBA, not interlaced.
 * Twenty lines of the format instead of a dependency; anything else is refused with a reason.
 */
export function decodePng(png: Uint8Array): Bitmap {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  if (view.getUint32(0) !== 0x89504e47) throw new Error('not a PNG')
  let width = 0
  let height = 0
  let channels = 0
  const idat: Uint8Array[] = []
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8))
    const body = png.subarray(at + 8, at + 8 + length)
    if (type === 'IHDR') {
      width = view.getUint32(at + 8)
      height = view.getUint32(at + 12)
      const [depth, colour, , , interlace] = body.subarray(8, 13)
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) {
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colour}, interlace ${interlace})`)
      }
      channels = colour === 6 ? 4 : 3
    } else if (type === 'IDAT') idat.push(body)
    else if (type === 'IEND') break
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const rows = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) unfilterRow(raw, y * (stride + 1), rows, y * stride, stride, channels, y > 0)
  if (channels === 4) return { width, height, data: rows }
  const data = new Uint8Array(width * height * 4)
  for (let i = 0, j = 0; i < rows.length; i += 3, j += 4) {
    data[j] = rows[i]!; data[j + 1] = rows[i + 1]!; data[j + 2] = rows[i + 2]!; data[j + 3] = 255
  }
  return { width, height, data }
}

/**
 * Undoes one row's PNG filter into `out` (the previous row, already decoded, just before it).
 * One loop per filter type: a focus picture's union is up to a whole viewport, and working out
 * every predictor for every byte, whichever the row uses, cost ~60 ms a 1280×900 picture.
 */
function unfilterRow(raw: Uint8Array, from: number, out: Uint8Array, at: number, stride: number, bpp: number, hasUp: boolean): void {
  const filter = raw[from]!
  const line = raw.subarray(from + 1, from + 1 + stride)
  const up = at - stride
  switch (filter) {
    case 0:
      out.set(line, at)
      return
    case 1:
      for (let x = 0; x < stride; x++) out[at + x] = (line[x]! + (x >= bpp ? out[at + x - bpp]! : 0)) & 0xff
      return
    case 2:
      if (!hasUp) out.set(line, at)
      else for (let x = 0; x < stride; x++) out[at + x] = (line[x]! + out[up + x]!) & 0xff
      return
    case 3:
      for (let x = 0; x < stride; x++) out[at + x] = (line[x]! + (((x >= bpp ? out[at + x - bpp]! : 0) + (hasUp ? out[up + x]! : 0)) >> 1)) & 0xff
      return
    case 4:
      for (let x = 0; x < stride; x++) {
        const a = x >= bpp ? out[at + x - bpp]! : 0
        const b = hasUp ? out[up + x]! : 0
        const c = x >= bpp && hasUp ? out[up + x - bpp]! : 0
        const pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - 2 * c)
        out[at + x] = (line[x]! + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 0xff
      }
      return
    default:
      throw new Error(`unsupported PNG filter ${filter}`)
  }
}
