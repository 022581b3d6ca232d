// A Lectern server of a bench step's own, from the current dist/, with an in-memory database and
// load shedding off. Steps that measure the browser (a saved article opened offline, the
// accessibility audit) must not have the server turn their requests into 503s when the machine is
// busy: one shed precache file leaves the service worker uninstalled, one shed stylesheet leaves a
// page unstyled. Shedding itself is measured by the bench's throughput rows, on its main server.
import { startServer } from '../server/test/startServer.ts'

/** `root` is where the bench runs from (the server is always this checkout's). */
export async function withServer(_root, port, measure) {
  const server = await startServer({ env: { PORT: String(port), DATABASE_FILE: ':memory:', OVERLOAD_EVENT_LOOP_DELAY_MS: '0' }, echoErrors: true })
  try {
    return await measure(`http://localhost:${port}`)
  } finally {
    await server.stop()
  }
}
