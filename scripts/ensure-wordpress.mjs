#!/usr/bin/env node
// Makes sure the real-WordPress tests have what they run on: Debian's wordpress, MariaDB and PHP
// with mysqli. On Debian as root, installs what is missing with apt (the packages' own services
// are not used: server/test/realWordpress/start.ts runs a throwaway MariaDB and `php -S`).
// Elsewhere it says what is missing, and those tests are skipped with that reason.
// Run alone (`node scripts/ensure-wordpress.mjs`) it prints the versions, or why it cannot.
import { execSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

export const WORDPRESS_DIR = '/usr/share/wordpress'
const PACKAGES = ['wordpress', 'mariadb-server', 'php-cli', 'php-mysql']

const has = (command) => {
  try {
    execSync(command, { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** What is missing, in words; empty when everything is there. */
function missingParts() {
  const missing = []
  if (!existsSync(`${WORDPRESS_DIR}/wp-settings.php`)) missing.push(`WordPress in ${WORDPRESS_DIR}`)
  if (!has('command -v mariadbd && command -v mariadb-install-db')) missing.push('MariaDB (mariadbd, mariadb-install-db)')
  if (!has('php -r "exit(extension_loaded(\'mysqli\') ? 0 : 1);"')) missing.push('PHP with mysqli')
  return missing
}

/**
 * Installs the packages when they are missing and this is Debian as root (and throws when that
 * install leaves any part missing). Answers `{ ok: true, versions }`, or `{ ok: false, reason }`
 * where nothing could be installed.
 */
export function ensureWordPress({ log = console.log } = {}) {
  let missing = missingParts()
  if (missing.length && existsSync('/usr/bin/apt-get') && process.getuid?.() === 0) {
    log(`Installing ${PACKAGES.join(', ')} with apt-get (missing: ${missing.join(', ')})…`)
    // Several checkouts on one machine may install at once; apt takes its own lock, flock waits for it.
    const lock = existsSync('/usr/bin/flock') ? 'flock /tmp/apt.lock ' : ''
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execSync(`${lock}apt-get update -qq`, { stdio: 'inherit', env })
    execSync(`${lock}apt-get install -y -qq --no-install-recommends ${PACKAGES.join(' ')}`, { stdio: 'inherit', env })
    missing = missingParts()
    // Where it can be installed, a WordPress still missing after the install is the tests failing,
    // never a quiet skip (as the PostgreSQL store's tests fail, scripts/ensure-postgres.mjs).
    if (missing.length) throw new Error(`apt-get installed ${PACKAGES.join(', ')}, and still missing: ${missing.join(', ')}`)
  }
  if (missing.length) return { ok: false, reason: `missing ${missing.join(', ')} (install Debian's ${PACKAGES.join(', ')}, or run as root on Debian)` }
  return { ok: true, versions: versions() }
}

/** WordPress, MariaDB and PHP versions, for reports and the README. */
export function versions() {
  const wp = /\$wp_version\s*=\s*'([^']+)'/.exec(readFileSync(`${WORDPRESS_DIR}/wp-includes/version.php`, 'utf8'))?.[1] ?? '?'
  const mariadb = /Ver\s+(\S+)/.exec(execSync('mariadbd --version').toString())?.[1] ?? '?'
  const php = execSync('php -r "echo PHP_VERSION;"').toString().trim()
  return { wordpress: wp, mariadb, php }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = ensureWordPress()
  if (result.ok) console.log(`WordPress ${result.versions.wordpress}, MariaDB ${result.versions.mariadb}, PHP ${result.versions.php}`)
  else console.log(`Real WordPress not available: ${result.reason}`)
}
