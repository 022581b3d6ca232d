#!/usr/bin/env node
// Makes sure the end-to-end tests have a Chromium (and fonts with Vietnamese glyphs, so that
// screenshots tell the truth), Java for the Nu HTML Checker and poppler's pdftotext (the print test
// reads the printed article back). Debian's chromium when there is
// one; on Debian as root, install what is missing with apt; elsewhere (a laptop), Playwright's own
// browser (Java is then yours to install). Prints what it chose.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'
// What the tests and the audit launch (scripts/browser.ts): the headless-only build, half the CPU time.
const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell'
const run = (command) => execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
const isRoot = process.getuid?.() === 0
const hasApt = existsSync('/usr/bin/apt-get')
const installed = (pkg) => {
  try {
    execSync(`dpkg -s ${pkg}`, { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

if (process.env.CHROMIUM_PATH) {
  if (!existsSync(process.env.CHROMIUM_PATH)) {
    console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`)
    process.exit(1)
  }
  console.log(`Browser: ${process.env.CHROMIUM_PATH} (from CHROMIUM_PATH)`)
} else if (hasApt && isRoot) {
  const hasJava = (() => {
    try {
      execSync('java -version', { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  })()
  const wanted = ['chromium', 'chromium-headless-shell', 'fonts-noto-core', 'poppler-utils', ...(hasJava ? [] : ['default-jre-headless'])]
  const missing = wanted.filter((pkg) => !installed(pkg))
  if (missing.length) {
    console.log(`Installing ${missing.join(', ')} with apt-get…`)
    run('apt-get update -qq')
    run(`apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`)
  }
  console.log(`Browser: ${DEBIAN_HEADLESS_SHELL} (Debian; ${DEBIAN_CHROMIUM} for Lighthouse and --headed)`)
} else if (existsSync(DEBIAN_HEADLESS_SHELL) || existsSync(DEBIAN_CHROMIUM)) {
  console.log(`Browser: ${existsSync(DEBIAN_HEADLESS_SHELL) ? DEBIAN_HEADLESS_SHELL : DEBIAN_CHROMIUM}`)
} else {
  console.log("Browser: Playwright's own Chromium")
  run('npx playwright install chromium')
}
