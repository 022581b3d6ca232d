// A Lectern server of a bench step's own, from the current dist/, with an in-memory database and
// load shedding off. Steps that measure the browser (a saved article opened offline, the
// accessibility audit) must not have the server turn their requests into 503s when the machine is
// busy: one shed precache file leaves the service worker uninstalled, one shed stylesheet leaves a
// page unstyled. Shedding itself is measured by the bench's throughput rows, on its main server.
import { spawn } from 'node:child_process'

export async function withServer(root, port, measure) {
  const server = spawn('node', ['--import', 'tsx', 'server/main.ts'], {
    cwd: root, env: { ...process.env, PORT: String(port), DATABASE_FILE: ':memory:', HOST: '127.0.0.1', OVERLOAD_EVENT_LOOP_DELAY_MS: '0' }, stdio: ['ignore', 'pipe', 'inherit'],
  })
  try {
    await new Promise((resolve, reject) => {
      server.stdout.on('data', (chunk) => String(chunk).includes('ready at') && resolve())
      server.on('exit', (code) => reject(new Error(`the bench step's server exited with ${code}`)))
    })
    return await measure(`http://localhost:${port}`)
  } finally {
    server.kill('SIGTERM')
  }
}
