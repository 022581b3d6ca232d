#!/usr/bin/env node
// `npm run dev`: the content server (API on API_PORT, default 8081) and Vite's dev server with hot
// reload (DEV_PORT, default 5173), which proxies /api and /media to it.
import { spawn } from 'node:child_process'

const apiPort = process.env.API_PORT ?? '8081'
const children = [
  spawn('node', ['--import', 'tsx', '--watch', 'server/main.ts'], { stdio: 'inherit', env: { ...process.env, PORT: apiPort } }),
  spawn('npx', ['vite'], { stdio: 'inherit', env: { ...process.env, API_PORT: apiPort } }),
]
const stop = () => children.forEach((child) => child.kill('SIGTERM'))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
children.forEach((child) => child.on('exit', (code) => {
  stop()
  process.exitCode = code ?? 0
}))
