// How well search finds what readers mean: runs the relevance set (e2e/relevance/queries.json) against the built
// site's Pagefind index and prints success@1, success@3 and MRR per language and per kind of query, how many Pagefind
// searches a query takes, how long a warm query takes in the search box (and without the plan), the bytes to the first
// results (and Pagefind's own share of them), then the misses.
// Usage, after a build: npm run bench:search            (DIST_DIR=… for another build; --misses to list every miss;
//                       --engine=firefox, or xvfb-run -a npm run bench:search -- --engine=webkit, to rank in another engine)
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../tools/browsers/browser.ts';
import { rankRelevanceSet, relevancePage, relevanceQueries, type RankedQuery } from '../e2e/support/relevance.ts';
import { engineDriver, INSTALL_HINT, type EngineName } from '../tools/browsers/engines.ts';
import { scoreBy, type Score } from '../src/lib/relevance.ts';

const dist = path.resolve(import.meta.dirname, '..', process.env.DIST_DIR ?? 'dist');
if (!existsSync(path.join(dist, 'pagefind'))) throw new Error(`${dist} has no Pagefind index: run \`npm run build\` first.`);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};
// Serves dist/ as a host would, on a free port, so the benchmark never competes with `astro preview`.
const server = http.createServer(async (req, res) => {
  const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = path.join(dist, url.endsWith('/') ? `${url}index.html` : url);
  if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch(chromiumExecutable());
// RANKING='{"pageLength":0.2}' tries other Pagefind ranking options without rebuilding.
const ranking = process.env.RANKING ? (JSON.parse(process.env.RANKING) as object) : undefined;
/** A page of the built site in a language: `/faq/`, `/zh-hk/faq/`. */
const pageIn = (lang: string, page: string) => `${origin}/${lang === 'en' ? '' : `${lang}/`}${page}`;
const faqOf = (lang: string) => pageIn(lang, 'faq/');
// --engine=firefox or --engine=webkit ranks the set in that engine, as the smoke tests drive it (WebKitGTK needs a
// display: xvfb-run). Pagefind splits Chinese queries with the browser's own Intl.Segmenter, so engines can differ.
const engineName = (process.argv.find((a) => a.startsWith('--engine='))?.split('=')[1] ?? 'chromium') as EngineName;
let ranked: RankedQuery[];
if (engineName === 'chromium') {
  ranked = await rankRelevanceSet(await browser.newPage(), '/', faqOf, ranking);
} else {
  const driver = engineDriver(engineName);
  if ('missing' in driver) throw new Error(`${driver.missing} is missing: ${INSTALL_HINT}`);
  const engine = await driver.launch();
  const tab = await engine.newPage(`${origin}/`);
  ranked = await rankRelevanceSet(relevancePage(tab, `${origin}/`), '/', faqOf, ranking);
  console.log(`Ranked in ${engine.version}.`);
  await engine.close();
}

/**
 * Bytes to the first results, as a compressing host sends them: from the reader's intent (Ctrl K on the home page) to
 * the first result, every file fetched, JavaScript and JSON gzipped, Pagefind's own files (gzipped already) as they are.
 */
async function bytesToFirstResults(home: string, query: string): Promise<{ total: number; files: Record<string, number> }> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(home, { waitUntil: 'networkidle' });
  const fetched: string[] = [];
  context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await tab.keyboard.press('Control+k');
  // One input event: typed letter by letter, the searches for "o", "op"… would fetch more or less depending on timing.
  await tab.keyboard.insertText(query);
  await tab.locator('#search-dialog .result').first().waitFor();
  await tab.waitForLoadState('networkidle');
  await context.close();
  const files: Record<string, number> = {};
  for (const f of fetched) {
    const body = await readFile(path.join(dist, f));
    files[f] = /\.(js|json|css)$/.test(f) ? gzipSync(body, { level: 9 }).length : body.length;
  }
  return { total: Object.values(files).reduce((a, b) => a + b, 0), files };
}
const bytes = {
  en: await bytesToFirstResults(`${origin}/`, 'opt out'),
  'zh-hk': await bytesToFirstResults(`${origin}/zh-hk/`, '退出'),
};

/**
 * Warm queries as a reader meets them: every query of a language submitted to the search box on its /search/ page,
 * timed from the submit to the status line saying what was found (the plan, Pagefind's searches and the first five
 * results drawn). The set runs once to warm every cache, then once timed. Without its vocabulary the box searches the
 * reader's words once, as it did before the plan: blocking that file gives the time to compare with.
 */
async function warmTimes(searchPage: string, queries: string[], withPlan: boolean): Promise<number[]> {
  const tab = await browser.newPage();
  if (!withPlan) await tab.route('**/pagefind/vocabulary.*.json', (r) => r.abort());
  await tab.goto(searchPage);
  const timed = () =>
    tab.evaluate(async (queries) => {
      const root = document.querySelector('main guide-search')!;
      const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
      const form = root.querySelector('form')!;
      const status = root.querySelector('[data-part="status"]')!;
      const times: number[] = [];
      for (const q of queries) {
        const start = performance.now();
        input.value = q;
        form.requestSubmit();
        // The box says "Searching…" at once, then what it found.
        const searching = status.textContent;
        await new Promise<void>((resolve) => {
          const seen = new MutationObserver(() => {
            if (status.textContent === searching) return;
            seen.disconnect();
            resolve();
          });
          seen.observe(status, { childList: true, characterData: true, subtree: true });
        });
        times.push(performance.now() - start);
      }
      return times;
    }, queries);
  await timed();
  const times = await timed();
  await tab.close();
  return times;
}
// One run after another, so that no two share the processor.
const warm: Record<string, { plan: number[]; single: number[] }> = {};
for (const lang of ['en', 'zh-hk']) {
  const queries = relevanceQueries.filter((q) => q.lang === lang).map((q) => q.q);
  const page = pageIn(lang, 'search/');
  warm[lang] = { plan: await warmTimes(page, queries, true), single: await warmTimes(page, queries, false) };
}
await browser.close();
server.close();

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (label: string, s: Score) => `| ${label} | ${s.n} | ${pct(s.at1)} | ${pct(s.at3)} | ${s.mrr.toFixed(3)} |`;
console.log('| set | queries | success@1 | success@3 | MRR |\n|---|---|---|---|---|');
for (const [k, s] of scoreBy(
  ranked,
  (q) => q.lang,
  (q) => q.rank,
))
  console.log(row(k, s));
for (const [k, s] of scoreBy(
  ranked,
  (q) => `${q.lang} ${q.kind}`,
  (q) => q.rank,
))
  console.log(row(k, s));
/** The value at share `p` of a list sorted in ascending order. */
const quantile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const counts = ranked.map((q) => q.searches).sort((a, b) => a - b);
const at = (p: number) => quantile(counts, p);
console.log(
  `\nPagefind searches per query (each about a millisecond warm): median ${at(0.5)}, 90th percentile ${at(0.9)}, most ${counts.at(-1)}.`,
);
const spread = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const q = (p: number) => quantile(sorted, p).toFixed(1);
  return `median ${q(0.5)}, 90th percentile ${q(0.9)}, most ${sorted.at(-1)!.toFixed(1)} ms`;
};
for (const [lang, w] of Object.entries(warm)) {
  console.log(
    `Warm queries (${lang}), submit to results shown: ${spread(w.plan)}; searching the words as typed, once: ${spread(w.single)}.`,
  );
}
for (const [lang, b] of Object.entries(bytes)) {
  // Pagefind's own files (its code, WebAssembly, index and the results' fragments), apart from ours.
  const pagefind = Object.entries(b.files)
    .filter(([f]) => f.includes('/pagefind/') && !f.includes('/vocabulary.'))
    .reduce((sum, [, n]) => sum + n, 0);
  console.log(
    `Bytes to the first results (${lang}): ${(b.total / 1024).toFixed(1)} KiB, of which Pagefind's own files ${(pagefind / 1024).toFixed(1)} KiB`,
  );
  for (const [f, n] of Object.entries(b.files)) console.log(`  ${f}: ${n}`);
}
const misses = ranked.filter((q) => q.rank !== 1);
const noResults = ranked.filter((q) => q.top.length === 0);
console.log(`\n${misses.length} queries without the answer first; ${noResults.length} with no results at all.`);
if (process.argv.includes('--misses')) {
  for (const q of misses)
    console.log(
      `- [${q.lang} ${q.kind}] "${q.q}" → "${q.searched}" rank ${q.rank || '–'}; wanted ${q.expect[0]}; got ${q.top.join(', ') || 'nothing'}`,
    );
}
