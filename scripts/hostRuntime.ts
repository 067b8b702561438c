// Cloudflare's local Pages runtime (`wrangler pages dev`) serving a build, as the CDN would: it applies _headers,
// _redirects and the 404 page. Used by the host tests and the HTTP Observatory benchmark.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface HostRuntime {
  /** The site's root URL, with the base path ('http://127.0.0.1:40123/guide/'). */
  url: string;
  port: number;
  stop(): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export async function startHostRuntime(dist: string, base: string, fixedPort?: number): Promise<HostRuntime> {
  const port = fixedPort ?? (await freePort());
  const state = mkdtempSync(path.join(tmpdir(), 'wrangler-state-'));
  const wrangler = spawn(
    path.resolve('node_modules/.bin/wrangler'),
    // The compatibility date only quiets a warning: the site has no Functions for it to apply to.
    [
      'pages',
      'dev',
      dist,
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--persist-to',
      state,
      '--compatibility-date',
      '2026-11-17',
      '--log-level',
      'error',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_LOG_PATH: state } },
  );
  const stop = () => {
    wrangler.kill('SIGTERM');
    rmSync(state, { recursive: true, force: true });
  };
  const url = new URL(base, `http://127.0.0.1:${port}`).href;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (wrangler.exitCode !== null) {
      stop();
      throw new Error(`wrangler exited with code ${wrangler.exitCode}`);
    }
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, port, stop };
    if (Date.now() > deadline) {
      stop();
      throw new Error('wrangler pages dev did not answer within 60 s');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
