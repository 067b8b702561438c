import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from '../support/site.ts';
import { regions } from '../../src/data/regions.ts';
import { regionShortCodes } from '../../src/lib/places.ts';
import { regionRedirects } from '../../src/lib/redirects.ts';

/**
 * What the host itself answers, as Cloudflare's local Pages runtime applies dist/_headers, dist/_redirects and
 * 404.html (HOST_URL, set by scripts/test-host.ts). Plain HTTP: no browser is needed to read headers.
 */
const host = process.env.HOST_URL;
if (!host) throw new Error('HOST_URL is not set: run `npm run test:host`, which starts the host runtime first.');
const base = new URL(host).pathname;
const get = (sitePath: string) => fetch(new URL(sitePath.replace(/^\//, ''), host), { redirect: 'manual' });

test('every page carries a strict CSP and the privacy headers', async () => {
  for (const page of ['', 'zh-hk/', 'regions/hong-kong/', 'faq/']) {
    const response = await get(page);
    assert.equal(response.status, 200, page);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /^default-src 'self';/, `${page}: CSP`);
    assert.match(csp, /frame-ancestors 'none'/, `${page}: frame-ancestors`);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/, `${page}: scripts by hash`);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\s\*|https?:/, `${page}: nothing loose`);
    assert.match(response.headers.get('strict-transport-security') ?? '', /^max-age=\d{8,}; includeSubDomains$/, `${page}: HSTS`);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer', `${page}: Referrer-Policy`);
    assert.match(
      response.headers.get('permissions-policy') ?? '',
      /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
      `${page}: Permissions-Policy`,
    );
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', `${page}: nosniff`);
    assert.match(response.headers.get('cache-control') ?? '', /max-age=0|no-cache|must-revalidate/, `${page}: pages revalidate`);
  }
});

test('hashed assets under /_astro/ are cached for a year, immutable', async () => {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:href|src)="([^"]*\/_astro\/[^"]+)"/g)].map((m) => m[1]!);
  assert.ok(assets.length > 0, 'the home page links an /_astro/ asset');
  for (const asset of assets.slice(0, 3)) {
    const response = await get(asset.slice(base.length - 1));
    assert.equal(response.status, 200, asset);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable', asset);
  }
});

test('an unknown address answers 404 with the guide’s own page, in both languages, the address’s language first', async () => {
  for (const [page, lang] of [
    ['no-such-page/', 'en'],
    ['regions/atlantis/', 'en'],
    ['zh-hk/no-such-page/', 'zh-Hant-HK'],
    ['zh-hk/regions/atlantis/', 'zh-Hant-HK'],
  ] as const) {
    const response = await get(page);
    assert.equal(response.status, 404, page);
    const body = await response.text();
    assert.match(body, /Page not found/, page);
    assert.match(body, /找不到此頁/, page);
    assert.match(body, new RegExp(`<html lang="${lang}"`), page);
    const h1 = /<h1[^>]*>([^<]*)</.exec(body)?.[1] ?? '';
    assert.equal(h1, lang === 'en' ? 'Page not found' : '找不到此頁', page);
  }
});

test('region short codes are permanent redirects in both languages', async () => {
  const redirects = regionRedirects(regionShortCodes(regions), base);
  assert.ok(redirects.length >= 2 * regions.length - 2, 'every ISO code, in two languages');
  for (const { from, to } of redirects) {
    const response = await get(from.slice(base.length - 1));
    assert.equal(response.status, 301, from);
    assert.equal(new URL(response.headers.get('location') ?? '', host).pathname, to, from);
  }
  const target = await get(redirects[0]!.to.slice(base.length - 1));
  assert.equal(target.status, 200, 'and the target is a page');
});
