import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/**
 * The colours are written once, in src/styles/themes.css. A few places cannot read CSS variables
 * (the editors' server-rendered stylesheet, the manifest, <meta name="theme-color">, the favicon,
 * the icon drawing script, the audit report) and hold a copy: this keeps every copy equal to it.
 */
const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')

const themes = read('src/styles/themes.css')
const light = (name: string): string => {
  const value = new RegExp(`--light-${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(themes)?.[1]
  if (!value) throw new Error(`themes.css has no --light-${name}`)
  return value.toLowerCase()
}
const darkBackground = /--dark-bg:\s*(#[0-9a-f]{6})/i.exec(themes)![1]!.toLowerCase()
const brand = light('brand')

describe('hand-copied colours agree with themes.css', () => {
  it('the brand blue: manifest, theme-color, favicon, icons', () => {
    expect(light('link')).toBe(brand)
    expect(/--dark-brand:\s*(#[0-9a-f]{6})/i.exec(themes)?.[1]).toBe(brand)
    expect(JSON.parse(read('public/manifest.webmanifest')).theme_color).toBe(brand)
    const html = read('index.html')
    expect(html).toContain(`<meta name="theme-color" content="${brand}" media="(prefers-color-scheme: light)">`)
    expect(html).toContain(`<meta name="theme-color" content="${darkBackground}" media="(prefers-color-scheme: dark)">`)
    expect(read('public/favicon.svg')).toContain(`fill="${brand}"`)
    const [, r, g, b] = /const BLUE = \[0x([0-9a-f]{2}), 0x([0-9a-f]{2}), 0x([0-9a-f]{2})\]/.exec(read('scripts/make-icons.mjs'))!
    expect(`#${r}${g}${b}`).toBe(brand)
  })

  it('the editors’ area uses the light theme’s colours', () => {
    const editor = read('server/editor/editor.css')
    for (const name of ['bg', 'surface', 'text', 'muted', 'link', 'brand', 'on-brand', 'border', 'rule', 'focus', 'error-bg', 'error']) {
      expect(new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(editor)?.[1]?.toLowerCase(), name).toBe(light(name))
    }
  })

  it('the audit report uses the light theme’s text, link, muted and border colours', () => {
    const report = read('scripts/audit/report.ts')
    expect(report).toContain(`color: ${light('text')};`)
    expect(report).toContain(`a { color: ${light('link')}; }`)
    expect(report).toContain(`color: ${light('muted')}; }`)
    expect(report).toContain(`border: 1px solid ${light('border')};`)
  })
})
