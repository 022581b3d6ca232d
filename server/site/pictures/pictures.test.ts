import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../db/schema'
import { PoliteFetcher } from '../fetch/politeFetcher'
import { SiteStore } from '../store/siteStore'
import { TestOrigin } from '../test/origin'
import { PictureCache } from './pictureCache'
import { rasterType } from './rasterType'

const png = (size = 64) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size)])
const avif = Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypmif1'), Buffer.from([0, 0, 0, 0]), Buffer.from('mif1avifmiaf'), Buffer.alloc(16)])

describe('picture bytes', () => {
  it('names PNG, JPEG, GIF, WebP and AVIF by their first bytes, and nothing else', () => {
    expect(rasterType(png())).toBe('image/png')
    expect(rasterType(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(20)]))).toBe('image/jpeg')
    expect(rasterType(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00'))).toBe('image/gif')
    expect(rasterType(Buffer.from('RIFF\x00\x00\x00\x00WEBPVP8 '))).toBe('image/webp')
    expect(rasterType(avif)).toBe('image/avif')
    expect(rasterType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeUndefined()
    expect(rasterType(Buffer.from('<!doctype html><html>…</html>'))).toBeUndefined()
  })
})

describe('pictures served through Lectern', () => {
  let origin: TestOrigin
  let dir: string
  let store: SiteStore
  const cache = (capBytes = 1024 * 1024) => new PictureCache({
    dir, capBytes, urlOf: (hash) => store.pictureUrl(hash),
    fetcher: new PoliteFetcher({ origin: origin.url, userAgent: 'Lectern/test', rate: 500, concurrency: 2, timeoutMs: 1000, maxBytes: 10_000, retries: 0 }),
  })

  beforeEach(async () => {
    origin = await new TestOrigin().start()
    dir = mkdtempSync(join(tmpdir(), 'lectern-pictures-'))
    store = new SiteStore(openDatabase(':memory:'))
  })
  afterEach(async () => {
    await origin.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('fetches a picture once, keeps it on disk and serves it again without asking the origin', async () => {
    origin.set('/anh/a.png', { body: png(), type: 'image/png' })
    const pictures = cache()
    const hash = store.pictureHash(`${origin.url}/anh/a.png`)

    const first = await pictures.get(hash)
    const second = await pictures.get(hash)

    expect(first).toMatchObject({ kind: 'picture', type: 'image/png' })
    expect(second).toEqual(first)
    expect(origin.hits(/a\.png/)).toHaveLength(1)
  })

  it('refuses an SVG or HTML answered as an image, an unknown hash, and a picture over the size limit', async () => {
    origin.set('/anh/x.png', { body: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', type: 'image/png' })
    origin.set('/anh/lon.png', { body: png(20_000), type: 'image/png' })
    const pictures = cache()

    expect(await pictures.get(store.pictureHash(`${origin.url}/anh/x.png`))).toMatchObject({ kind: 'refused' })
    expect(await pictures.get('0'.repeat(32))).toEqual({ kind: 'unknown' })
    expect(await pictures.get('../../etc/passwd')).toEqual({ kind: 'unknown' })
    expect(await pictures.get(store.pictureHash(`${origin.url}/anh/lon.png`))).toMatchObject({ kind: 'unavailable', reason: expect.stringMatching(/larger than 10000 bytes/) })
    expect(readdirSync(dir)).toEqual([])
  })

  it('keeps the cache under its cap by removing the pictures served longest ago', async () => {
    for (const name of ['a', 'b', 'c']) origin.set(`/anh/${name}.png`, { body: png(4000), type: 'image/png' })
    const pictures = cache(9000)
    const hashes = ['a', 'b', 'c'].map((name) => store.pictureHash(`${origin.url}/anh/${name}.png`))

    for (const hash of hashes) {
      await pictures.get(hash)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }

    expect(readdirSync(dir).sort()).toEqual([hashes[1], hashes[2]].sort())
  })
})
