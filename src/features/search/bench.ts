// How well search finds what readers mean, through the search box itself: the repository's relevance set
// (relevance/queries.json) and both halves of the blind set (relevance/blind-2026-12-*.json), each query typed into
// the box on the built site's /search/ page and scored on the five results the box shows. Prints success@1,
// success@3, MRR and "answer absent" per set, language and kind; warm query times (submit to results drawn); and the
// bytes to the first results (gzip, median over the holdout queries) beside a stock Starlight build's for the same
// queries, when one is given (PEER_DIST=…/peer-starlight/dist).
// Usage, after a build: npm run bench:search   (DIST_DIR=… for another build; --misses lists the tuning misses;
//   --without-holdout while tuning; --engine=firefox, or xvfb-run -a … --engine=webkit, to rank in another engine)
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutable } from '../../../tools/browsers/browser.ts';
import { blindHoldout, blindTuning, rankRelevanceSet, relevancePage, relevanceQueries, type RankedQuery } from './relevanceRun.ts';
import { engineDriver, INSTALL_HINT, type EngineName } from '../../../tools/browsers/engines.ts';
import { scoreBy, type Score } from './relevance.ts';
import type { RelevanceQuery } from './relevance.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const dist = path.resolve(root, process.env.DIST_DIR ?? 'dist');
if (!existsSync(path.join(dist, 'pagefind'))) throw new Error(`${dist} has no Pagefind index: run \`npm run build\` first.`);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** Serves a built folder as a host would, on a free port, so the benchmark never competes with `astro preview`. */
async function serve(folder: string): Promise<{ origin: string; close: () => void }> {
  const server = http.createServer(async (req, res) => {
    const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(folder, url.endsWith('/') ? `${url}index.html` : url);
    if (!file.startsWith(folder) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

const site = await serve(dist);
const browser = await chromium.launch(chromiumExecutable());
const searchPage = (lang: string) => `${site.origin}/${lang === 'en' ? '' : `${lang}/`}search/`;
const withoutHoldout = process.argv.includes('--without-holdout');
const sets: [string, RelevanceQuery[]][] = [
  ['repository', relevanceQueries],
  ['tuning', blindTuning],
  ...(withoutHoldout ? [] : ([['holdout', blindHoldout()]] as [string, RelevanceQuery[]][])),
];

// --engine=firefox or --engine=webkit ranks in that engine, as the smoke tests drive it (WebKitGTK needs a display).
const engineName = (process.argv.find((a) => a.startsWith('--engine='))?.split('=')[1] ?? 'chromium') as EngineName;
const ranked = new Map<string, RankedQuery[]>();
for (const [name, queries] of sets) {
  if (engineName === 'chromium') {
    const tab = await browser.newPage();
    ranked.set(name, await rankRelevanceSet(tab, '/', searchPage, queries, true));
    await tab.close();
  } else {
    const driver = engineDriver(engineName);
    if ('missing' in driver) throw new Error(`${driver.missing} is missing: ${INSTALL_HINT}`);
    const engine = await driver.launch();
    const tab = await engine.newPage(`${site.origin}/`);
    ranked.set(name, await rankRelevanceSet(relevancePage(tab, `${site.origin}/`), '/', searchPage, queries, true));
    console.log(`Ranked ${name} in ${engine.version}.`);
    await engine.close();
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (label: string, s: Score, absent: number) =>
  `| ${label} | ${s.n} | ${pct(s.at1)} | ${pct(s.at3)} | ${s.mrr.toFixed(3)} | ${absent} |`;
console.log('| set | queries | success@1 | success@3 | MRR | answer absent |\n|---|---|---|---|---|---|');
for (const [name, rows] of ranked) {
  const groups: [string, (q: RankedQuery) => string][] = [
    [name, (q) => `${name} ${q.lang}`],
    [name, (q) => `${name} ${q.lang} ${q.kind}`],
  ];
  for (const [, key] of groups)
    for (const [k, s] of scoreBy(rows, key, (q) => q.rank)) console.log(row(k, s, rows.filter((q) => key(q) === k && q.rank === 0).length));
}
/**
 * Bytes to the first results, as a compressing host sends them: from the reader's intent (Ctrl K on the home page) to
 * the first result, every file fetched, JavaScript, JSON and CSS gzipped, Pagefind's own files (gzipped already) as
 * they are. `open` shows the search box of the site measured.
 */
async function bytesToFirstResults(
  b: Browser,
  folder: string,
  home: string,
  query: string,
  open: (tab: import('@playwright/test').Page) => Promise<void>,
  firstResult: string,
): Promise<{ total: number; files: Record<string, number> }> {
  const context = await b.newContext();
  const tab = await context.newPage();
  await tab.goto(home, { waitUntil: 'networkidle' });
  const fetched: string[] = [];
  context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await open(tab);
  // One input event: typed letter by letter, the searches for "o", "op"… would fetch more or less depending on timing.
  await tab.keyboard.insertText(query);
  await tab
    .locator(firstResult)
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await tab.waitForLoadState('networkidle');
  await context.close();
  const files: Record<string, number> = {};
  for (const f of new Set(fetched)) {
    const file = path.join(folder, f.endsWith('/') ? `${f}index.html` : f);
    if (!existsSync(file)) continue;
    const body = await readFile(file);
    files[f] = /\.(js|json|css|html)$/.test(f) ? gzipSync(body, { level: 9 }).length : body.length;
  }
  return { total: Object.values(files).reduce((a, x) => a + x, 0), files };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const byteSet = ranked.get('holdout') ?? ranked.get('tuning')!;
const byteName = ranked.has('holdout') ? 'holdout' : 'tuning';
// Every fifth query of the set, so that the run stays within minutes; the median of those.
const sample = (lang: string) => byteSet.filter((q) => q.lang === lang).filter((_, i) => i % 5 === 0);
const bytes: Record<string, { guide: number[]; peer: number[]; example?: Record<string, number> }> = {};
const peerDist = process.env.PEER_DIST ? path.resolve(process.env.PEER_DIST) : undefined;
const peer = peerDist && existsSync(peerDist) ? await serve(peerDist) : undefined;
for (const lang of ['en', 'zh-hk']) {
  bytes[lang] = { guide: [], peer: [] };
  for (const q of sample(lang)) {
    const b = await bytesToFirstResults(
      browser,
      dist,
      `${site.origin}/${lang === 'en' ? '' : `${lang}/`}`,
      q.q,
      (tab) => tab.keyboard.press('Control+k'),
      '#search-dialog .result',
    );
    bytes[lang].guide.push(b.total);
    bytes[lang].example ??= b.files;
    if (peer) {
      const p = await bytesToFirstResults(
        browser,
        peerDist!,
        `${peer.origin}/`,
        q.q,
        async (tab) => {
          // Starlight's search button is enabled once its script has run; its dialog holds Pagefind's own UI.
          await tab.locator('site-search button[data-open-modal]:not([disabled])').click({ timeout: 10_000 });
          await tab.locator('.pagefind-ui__search-input').click({ timeout: 10_000 });
        },
        // Its message line ("5 results for…", or none) says the search has answered, whether or not anything matched.
        '.pagefind-ui__message',
      ).catch(() => undefined);
      if (p) bytes[lang].peer.push(p.total);
    }
  }
}
await browser.close();
site.close();
peer?.close();

const quantile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
for (const lang of ['en', 'zh-hk']) {
  const times = [...ranked.values()]
    .flat()
    .filter((q) => q.lang === lang)
    .map((q) => q.ms)
    .sort((a, b) => a - b);
  console.log(
    `Warm queries (${lang}), submit to results drawn: median ${quantile(times, 0.5).toFixed(1)}, 90th percentile ${quantile(times, 0.9).toFixed(1)}, most ${times.at(-1)!.toFixed(1)} ms.`,
  );
}
for (const [lang, b] of Object.entries(bytes)) {
  const peerText = b.peer.length ? `; Starlight ${(median(b.peer) / 1024).toFixed(1)} KiB` : '';
  console.log(
    `Bytes to the first results (${lang}, median over ${b.guide.length} ${byteName} queries): ${(median(b.guide) / 1024).toFixed(1)} KiB${peerText}`,
  );
  for (const [f, n] of Object.entries(b.example ?? {})) console.log(`  ${f}: ${n}`);
}
if (process.argv.includes('--misses')) {
  for (const name of ['repository', 'tuning']) {
    for (const q of ranked.get(name)!.filter((x) => x.rank !== 1))
      console.log(
        `- [${name} ${q.lang} ${q.kind}] "${q.q}" rank ${q.rank || '–'}; wanted ${q.expect[0]}; got ${q.top.join(', ') || 'nothing'}`,
      );
  }
}
