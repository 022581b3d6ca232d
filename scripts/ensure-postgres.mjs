#!/usr/bin/env node
// The feedback store's tests run against PostgreSQL too (server/test/postgresGlobalSetup.ts starts
// a throwaway cluster). On Debian as root, install Debian's postgresql when it is missing, without
// the system cluster the package would otherwise create and start. Elsewhere, say what to do and
// stop the test run: without PostgreSQL its store tests would fail anyway (they never skip).
import { execSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'

const hasServer = () => existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`))
const isRoot = process.getuid?.() === 0
const hasApt = existsSync('/usr/bin/apt-get')

if (hasServer()) {
  console.log('PostgreSQL: found Debian\'s server binaries')
} else if (hasApt && isRoot) {
  console.log('PostgreSQL: installing Debian\'s postgresql with apt-get…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const apt = (args) => execSync(`apt-get ${args}`, { stdio: 'inherit', env })
  apt('update -qq')
  // No "main" cluster (the tests make their own in a temporary folder): postgresql-common first,
  // then its createcluster.conf says so, then the server (as Debian's own postgres image does).
  apt('install -y -qq --no-install-recommends postgresql-common')
  const conf = '/etc/postgresql-common/createcluster.conf'
  writeFileSync(conf, readFileSync(conf, 'utf8').replace(/^#?\s*create_main_cluster\s*=.*$/m, 'create_main_cluster = false'))
  apt('install -y -qq --no-install-recommends postgresql')
} else {
  console.error([
    'PostgreSQL: not installed and cannot install it here (needs Debian and root).',
    "Install your distribution's postgresql server: the feedback store's tests run against it and fail without it.",
  ].join(' '))
  process.exit(1)
}
