// Serves the build with Cloudflare's local Pages runtime, which applies _headers, _redirects and the 404 page as the
// CDN does, then runs the host checks and the smoke scenarios in Chromium, Gecko and WebKit against it.
// Usage: node scripts/test-host.ts  (DIST_DIR and BASE_PATH as for the build)
import { spawn } from 'node:child_process';
import { INSTALL_HINT, missingEngines } from '../tools/browsers/engines.ts';
import { startHostRuntime } from './hostRuntime.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const missing = missingEngines();
if (missing.length) {
  console.error(`test:host: ${missing.join(', ')} not found: ${INSTALL_HINT}`);
  process.exit(1);
}

const host = await startHostRuntime(dist, process.env.BASE_PATH ?? '/');
console.log(`test:host: ${dist} served by wrangler pages dev at ${host.url}`);
const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', 'e2e/host/headers.test.ts', 'e2e/engines/smoke.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, HOST_URL: host.url, DIST_DIR: dist },
});
const code = await new Promise<number>((resolve) => tests.on('exit', (c) => resolve(c ?? 1)));
host.stop();
process.exit(code);
