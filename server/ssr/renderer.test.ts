import { describe, expect, it } from 'vitest'
import { scriptsAfterContent } from './renderer'

// The shape of dist/index.html as Vite writes it.
const BUILT_SHELL = `<head>
    <meta charset="utf-8">
    <!--lectern-head-->
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/framework-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
  </head>`

describe('the built shell', () => {
  it('asks for the app and its preloads at low priority, the stylesheet as before', () => {
    const shell = scriptsAfterContent(BUILT_SHELL)
    expect(shell).toContain('<script type="module" crossorigin fetchpriority="low" src="/assets/index-abc.js">')
    expect(shell).toContain('<link rel="modulepreload" crossorigin fetchpriority="low" href="/assets/framework-def.js">')
    expect(shell).toContain('<link rel="stylesheet" crossorigin href="/assets/index-ghi.css">')
  })

  it('puts the stylesheet ahead of the page preloads and the app script, once', () => {
    const shell = scriptsAfterContent(BUILT_SHELL)
    const sheet = shell.indexOf('<link rel="stylesheet" crossorigin href="/assets/index-ghi.css">')
    expect(sheet).toBeGreaterThan(shell.indexOf('<meta charset="utf-8">'))
    expect(sheet).toBeLessThan(shell.indexOf('<!--lectern-head-->'))
    expect(sheet).toBeLessThan(shell.indexOf('<script type="module"'))
    expect(shell.match(/rel="stylesheet"/g)).toHaveLength(1)
  })

  it('fails loudly if Vite ever writes the tags another way, rather than silently losing the priority', () => {
    expect(() => scriptsAfterContent('<script type="module" src="/x.js"></script>')).toThrow(/module script/)
  })
})
