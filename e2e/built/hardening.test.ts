import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { BASE, builtPages, DIST } from '../support/site.ts';

// The files the build hands to a host, read without a browser or a server.
const pages = builtPages();

test('every built page passes html-validate with zero errors', async () => {
  // .htmlvalidate.json: the recommended rules, less formatting choices Astro's output makes (void and boolean
  // attribute style, trailing white space), long Chinese titles, ids that start with a digit (valid HTML, and
  // the English heading anchors people share), and checkboxes sharing a name (the search filters).
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.path);
    for (const r of report.results)
      for (const m of r.messages) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  assert.deepEqual(problems, []);
});

test('the sitemap lists every indexable page and nothing else @smoke', () => {
  const xml = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname).sort();
  const indexable = pages
    .filter((p) => !p.redirect && !/<meta name="robots" content="noindex"/.test(p.html))
    .map((p) => path.posix.join(BASE, p.path))
    .sort();
  assert.deepEqual(listed, indexable);
  assert.equal(
    listed.some((p) => p.endsWith('/404/') || p.endsWith('/404.html')),
    false,
  );
  assert.match(readFileSync(path.join(DIST, 'robots.txt'), 'utf8'), /Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
});

test('_headers carries the CSP and the privacy headers for hosts that read it @smoke', () => {
  const headers = readFileSync(path.join(DIST, '_headers'), 'utf8');
  assert.match(headers, /Content-Security-Policy: default-src 'self';.*script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.ok(headers.includes("frame-ancestors 'none'"));
  assert.ok(!headers.includes("'unsafe-inline'"));
  for (const h of [
    'Referrer-Policy: no-referrer',
    'Permissions-Policy:',
    'X-Content-Type-Options: nosniff',
    'Strict-Transport-Security: max-age=',
  ]) {
    assert.ok(headers.includes(h), h);
  }
  // Every hash any page's own <meta> policy allows is allowed by the header too.
  for (const page of pages) {
    for (const hash of page.html.match(/'sha256-[^']+'/g) ?? []) assert.ok(headers.includes(hash), `${page.path} ${hash}`);
  }
});
