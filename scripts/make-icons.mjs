#!/usr/bin/env node
// Draws the app's PNG icons (public/icons/, committed) with no image library and no network:
// an open book, white on the portal's blue. `maskable` keeps the drawing inside the central 60 %
// that every platform's mask leaves visible. Run it again only when the drawing changes.
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const BLUE = [0x0b, 0x4f, 0x8a]
const WHITE = [0xff, 0xff, 0xff]

/** Is (x, y), both 0..1 from the top left of the drawing's box, on the book? */
function onBook(x, y) {
  const spine = Math.abs(x - 0.5) < 0.025
  if (spine) return false
  // Two pages whose top edges rise towards the outer corners, like an open book seen from the front.
  const fromSpine = Math.abs(x - 0.5)
  const top = 0.2 - fromSpine * 0.2
  const bottom = 0.85 - fromSpine * 0.2
  if (fromSpine > 0.48 || y < top || y > bottom) return false
  // Lines of text on each page.
  const line = (y - top) / (bottom - top)
  const onLine = fromSpine > 0.1 && fromSpine < 0.4 && line > 0.15 && line < 0.85 && line % 0.14 < 0.05
  return !onLine
}

function png(size, inset) {
  const rows = []
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3)
    for (let x = 0; x < size; x++) {
      const bx = (x / size - inset) / (1 - 2 * inset)
      const by = (y / size - inset) / (1 - 2 * inset)
      const colour = bx >= 0 && bx <= 1 && by >= 0 && by <= 1 && onBook(bx, by) ? WHITE : BLUE
      row.set(colour, 1 + x * 3)
    }
    rows.push(row)
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function crc32(bytes) {
  let crc = ~0
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

const out = new URL('../public/icons/', import.meta.url)
writeFileSync(new URL('icon-192.png', out), png(192, 0.12))
writeFileSync(new URL('icon-512.png', out), png(512, 0.12))
writeFileSync(new URL('icon-maskable-512.png', out), png(512, 0.22))
console.log('Wrote public/icons/icon-192.png, icon-512.png, icon-maskable-512.png')
