// Mozilla's HTTP Observatory against the site as Cloudflare's local runtime serves it. A benchmark, not a test.
// The scanner is installed on first use into node_modules/.cache with --ignore-scripts: its install scripts fetch
// lists from the internet (HSTS preload, TLDs), which this needs neither offline nor on plain HTTP.
// Usage: npm run build && npm run bench:observatory
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startHostRuntime } from './hostRuntime.ts';

const VERSION = '1.4.8';
const prefix = path.resolve('node_modules/.cache/mdn-http-observatory');
const entry = path.join(prefix, 'node_modules/@mdn/mdn-http-observatory/src/scanner/index.js');
if (!existsSync(entry)) {
  console.log(`installing @mdn/mdn-http-observatory@${VERSION} into ${prefix}`);
  execFileSync(
    'npm',
    ['install', '--prefix', prefix, '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', `@mdn/mdn-http-observatory@${VERSION}`],
    { stdio: 'inherit' },
  );
}
// The HSTS preload list is one of the downloads skipped above; no local host is on it, so an empty list is the truth.
const preload = path.join(prefix, 'node_modules/@mdn/mdn-http-observatory/conf/hsts-preload.json');
if (!existsSync(preload)) writeFileSync(preload, '{}');
type Test = { pass: boolean | null; result: string; scoreModifier: number };
const { scan } = (await import(pathToFileURL(entry).href)) as {
  scan: (
    host: string,
    options: Record<string, unknown>,
  ) => Promise<{ scan: { grade: string; score: number; testsPassed: number; testsQuantity: number }; tests: Record<string, Test> }>;
};

// The scanner (1.4.8) ignores port options and asks http://HOST/ and https://HOST/, so the runtime listens on
// port 80 (root only, as here); nothing answers HTTPS, so the scan grades the plain-HTTP answer.
const host = await startHostRuntime(process.env.DIST_DIR ?? 'dist', '/', Number(process.env.OBSERVATORY_PORT ?? 80));
try {
  const result = await scan('127.0.0.1', {});
  console.log(
    `HTTP Observatory ${VERSION}: grade ${result.scan.grade}, score ${result.scan.score}, ${result.scan.testsPassed}/${result.scan.testsQuantity} tests passed`,
  );
  for (const [name, test] of Object.entries(result.tests)) {
    console.log(`${test.pass ? 'pass' : 'FAIL'}  ${String(test.scoreModifier).padStart(4)}  ${name}: ${test.result}`);
  }
  // The docs link this file instead of copying its numbers, which change with the host and the scanner.
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/observatory.json',
    JSON.stringify({ scanner: VERSION, date: new Date().toISOString(), scan: result.scan, tests: result.tests }, null, 2),
  );
} finally {
  host.stop();
}
