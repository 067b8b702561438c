import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BASE, builtPages, DIST } from '../support/site.ts';

// Reads the build itself, no browser: every internal link and #anchor must land somewhere that exists.
const pages = builtPages();
const ids = new Map(pages.map((p) => [p.path, new Set([...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

function resolveFile(sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath);
  const candidates = clean.endsWith('/')
    ? [path.join(DIST, clean, 'index.html')]
    : [path.join(DIST, clean), path.join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c));
}

test('every internal link and #anchor in the built site resolves @smoke', () => {
  const broken: string[] = [];
  for (const page of pages) {
    for (const m of page.html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decode(m[1] ?? '');
      if (/^(https?:|mailto:|tel:|data:)/.test(raw) || raw === '') continue;
      const url = new URL(raw, `http://site${path.posix.join(BASE, page.path)}`);
      // Every link must stay under the deployment base; inside it, paths map onto dist/.
      if (!url.pathname.startsWith(BASE)) {
        broken.push(`${page.path}: ${raw} (outside the base ${BASE})`);
        continue;
      }
      const sitePath = `/${url.pathname.slice(BASE.length)}`;
      if (sitePath.startsWith('/pagefind/')) continue; // written by the index step, checked by the search tests
      const file = resolveFile(sitePath);
      if (!file) {
        broken.push(`${page.path}: ${raw} (no such file)`);
        continue;
      }
      if (url.hash && url.hash !== '#') {
        const targetPath = sitePath;
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (!ids.get(targetPath)?.has(anchor)) broken.push(`${page.path}: ${raw} (no id="${anchor}" on ${targetPath})`);
      }
    }
  }
  assert.deepEqual(broken, []);
});

test('every citation points to an entry on /sources/ @smoke', () => {
  const sourceIds = ids.get('/sources/');
  assert.ok((sourceIds?.size ?? 0) > 10, 'entries on /sources/');
  const cites = pages.flatMap((p) => [...p.html.matchAll(/href="[^"]*\/sources\/#([^"]+)"/g)].map((m) => m[1] ?? ''));
  assert.ok(cites.length > 100, `${cites.length} citations`);
  assert.deepEqual(
    cites.filter((c) => !sourceIds?.has(c)),
    [],
  );
});

test('external links never pass on a referrer or a window handle @smoke', () => {
  const bad = pages.flatMap((p) =>
    [...p.html.matchAll(/<a\s[^>]*href="https?:[^"]*"[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !/rel="[^"]*noopener[^"]*noreferrer/.test(tag))
      .map((tag) => `${p.path}: ${tag}`),
  );
  assert.deepEqual(bad, []);
});
