// How well search finds what readers mean: runs the relevance set (e2e/relevance/queries.json) against the built
// site's Pagefind index and prints success@1, success@3 and MRR per language and per kind of query, then the misses.
// Usage, after a build: npm run bench:search            (DIST_DIR=… for another build; --misses to list every miss)
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../e2e/support/browser.ts';
import { rankRelevanceSet } from '../e2e/support/relevance.ts';
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
const page = await browser.newPage();
// RANKING='{"pageLength":0.2}' tries other Pagefind ranking options without rebuilding.
const ranking = process.env.RANKING ? (JSON.parse(process.env.RANKING) as object) : undefined;
const ranked = await rankRelevanceSet(page, '/', (lang) => `${origin}/${lang === 'en' ? '' : `${lang}/`}faq/`, ranking);
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
const misses = ranked.filter((q) => q.rank !== 1);
const noResults = ranked.filter((q) => q.top.length === 0);
console.log(`\n${misses.length} queries without the answer first; ${noResults.length} with no results at all.`);
if (process.argv.includes('--misses')) {
  for (const q of misses)
    console.log(
      `- [${q.lang} ${q.kind}] "${q.q}" → "${q.searched}" rank ${q.rank || '–'}; wanted ${q.expect[0]}; got ${q.top.join(', ') || 'nothing'}`,
    );
}
