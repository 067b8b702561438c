// Benchmark of the built site in Chromium, page by page and for search. Not a test: it reports figures.
// Usage: npm run build && npm run bench        (serves dist/ itself with astro preview on port 4331)
//        BENCH_SKIP_LIGHTHOUSE=1 npm run bench  (faster, without Lighthouse)
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { chromiumExecutable } from '../tools/browsers/browser.ts';

const PORT = 4331;
const ORIGIN = `http://localhost:${PORT}`;
const BASE = process.env.BASE_PATH ?? '/';
const DIST = path.resolve('dist');
const PAGES = ['', 'opt-out/', 'faq/', 'regions/', 'regions/hong-kong/', 'timeline/', 'pcpd-warning/', 'zh-hk/', 'zh-hk/opt-out/'];
const LIGHTHOUSE_PAGES = ['', 'opt-out/', 'faq/', 'regions/hong-kong/'];
const QUERIES = [
  'opt out',
  'private messages',
  'under 18',
  'Hong Kong',
  'PCPD',
  'November 3',
  'Canada',
  'can I undo',
  'Generative AI Data Enhancement',
  'objection form',
  'delete account',
  'Microsoft',
];

if (!existsSync(path.join(DIST, 'pagefind'))) throw new Error('Build first: npm run build');

const gzipOf = new Map<string, number>();
/** The bytes a host that compresses would send for a built file (files Pagefind already compressed stay as they are). */
function gzipBytes(urlPath: string): number {
  const rel = decodeURIComponent(urlPath.slice(BASE.length)).replace(/\/$/, '/index.html');
  const file = path.join(DIST, rel === '' ? 'index.html' : rel);
  if (!gzipOf.has(file)) {
    const raw = existsSync(file) && statSync(file).isFile() ? readFileSync(file) : Buffer.alloc(0);
    gzipOf.set(file, Math.min(raw.length, gzipSync(raw, { level: 9 }).length));
  }
  return gzipOf.get(file)!;
}
const kind = (url: string, type: string) =>
  type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' || url.endsWith('.js') ? 'js' : 'other';

// Its own process group, so stopping it also stops the node process npx starts.
const server = spawn('npx', ['astro', 'preview', '--port', String(PORT)], { stdio: 'ignore', env: process.env, detached: true });
for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(`${ORIGIN}${BASE}`)).ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 500));
}

const launch = chromiumExecutable();
const browser = await chromium.launch(launch);
const results: Record<string, unknown> = {};

async function measurePage(route: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __lcp: number };
    w.__cls = 0;
    w.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1);
      if (last) w.__lcp = last.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const requests: { url: string; type: string }[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
  await page.goto(`${ORIGIN}${BASE}${route}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  const { cls, lcp } = await page.evaluate(() => {
    const w = window as unknown as { __cls: number; __lcp: number };
    return { cls: w.__cls, lcp: w.__lcp };
  });
  const bytes = { html: 0, css: 0, js: 0, other: 0 };
  for (const r of requests) bytes[kind(r.url, r.type)] += gzipBytes(new URL(r.url).pathname);
  await context.close();
  return {
    requests: requests.length,
    ...bytes,
    total: bytes.html + bytes.css + bytes.js + bytes.other,
    cls: Number(cls.toFixed(4)),
    lcpMs: Math.round(lcp),
  };
}

async function measureSearch() {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  // Context-level events also see what Pagefind's web worker fetches (its WebAssembly and index chunks).
  let transferred = 0;
  const pagefindFiles: string[] = [];
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (r) => {
    if (r.url().includes('/pagefind/')) pagefindFiles.push(new URL(r.url()).pathname);
    pending.push(
      r
        .sizes()
        .then((sz) => {
          transferred += sz.responseBodySize + sz.responseHeadersSize;
        })
        .catch(() => undefined),
    );
  });
  await page.goto(`${ORIGIN}${BASE}`, { waitUntil: 'networkidle' });
  await Promise.all(pending.splice(0));
  const beforeIntent = pagefindFiles.length;
  transferred = 0;
  const started = performance.now();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('opt out');
  await page.locator('#search-dialog .result').first().waitFor();
  const firstQueryMs = Math.round(performance.now() - started);
  await Promise.all(pending.splice(0));
  const bytesToFirstResults = transferred;
  const filesAtFirstResults = [...pagefindFiles];
  const gzipToFirstResults = filesAtFirstResults.reduce((sum, f) => sum + gzipBytes(f), 0);
  const timings = await page.evaluate(
    async ({ queries, bundle }) => {
      const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as { search(q: string): Promise<unknown> };
      for (const q of queries) await pf.search(q); // warm-up
      const times: number[] = [];
      for (let round = 0; round < 10; round++) {
        for (const q of queries) {
          const t0 = performance.now();
          await pf.search(q);
          times.push(performance.now() - t0);
        }
      }
      return times.sort((a, b) => a - b);
    },
    { queries: QUERIES, bundle: `${BASE}pagefind/` },
  );
  const pct = (p: number) => Number(timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))]!.toFixed(2));
  await context.close();
  const du = (dir: string): number =>
    readdirSync(dir).reduce((sum, f) => {
      const full = path.join(dir, f);
      const s = statSync(full);
      return sum + (s.isDirectory() ? du(full) : s.size);
    }, 0);
  return {
    pagefindRequestsBeforeIntent: beforeIntent,
    bytesTransferredToFirstResults: bytesToFirstResults,
    gzipBytesOfFilesToFirstResults: gzipToFirstResults,
    filesToFirstResults: filesAtFirstResults,
    firstQueryMs,
    warmP50Ms: pct(50),
    warmP95Ms: pct(95),
    warmQueries: timings.length,
    indexBytesOnDisk: du(path.join(DIST, 'pagefind')),
  };
}

async function islandsJs() {
  const astro = path.join(DIST, '_astro');
  const files = readdirSync(astro).filter((f) => /^(Countdown|RegionChecker|share)\b.*\.js$/.test(f));
  return Object.fromEntries(files.map((f) => [f, gzipSync(readFileSync(path.join(astro, f)), { level: 9 }).length]));
}

async function lighthouseScores() {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: launch.executablePath ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...launch.args],
  });
  const out: Record<string, Record<string, number>> = {};
  try {
    for (const route of LIGHTHOUSE_PAGES) {
      const result = await lighthouse(`${ORIGIN}${BASE}${route}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const cats = result?.lhr.categories ?? {};
      out[`/${route}`] = Object.fromEntries(Object.entries(cats).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
    }
  } finally {
    await chrome.kill();
  }
  return out;
}

try {
  const pages: Record<string, Awaited<ReturnType<typeof measurePage>>> = {};
  for (const route of PAGES) pages[`/${route}`] = await measurePage(route);
  results.pages = pages;
  results.search = await measureSearch();
  results.islandsJsGzip = await islandsJs();
  if (!process.env.BENCH_SKIP_LIGHTHOUSE) results.lighthouse = await lighthouseScores();
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}

const p = results.pages as Record<string, Awaited<ReturnType<typeof measurePage>>>;
console.log(
  '\n| page | requests | HTML gz | CSS gz | JS gz | other gz | total gz | CLS | LCP (phone) |\n|---|---|---|---|---|---|---|---|---|',
);
for (const [route, m] of Object.entries(p))
  console.log(`| ${route} | ${m.requests} | ${m.html} | ${m.css} | ${m.js} | ${m.other} | ${m.total} | ${m.cls} | ${m.lcpMs} ms |`);
console.log('\nSearch:', results.search);
console.log('Islands JS (gzip bytes):', results.islandsJsGzip);
if (results.lighthouse) {
  console.log('\n| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|');
  for (const [route, s] of Object.entries(results.lighthouse as Record<string, Record<string, number>>))
    console.log(`| ${route} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(results, null, 2));
