import { test, expect } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { builtPages } from './support/site.ts';

// Reads the build, no browser: an entry page's first paint must arrive in the first round trip (about 14,600 bytes
// on a new connection), so its HTML carries all the CSS a paint needs and no stylesheet blocks rendering.
const FIRST_ROUND_TRIP = 14_600;
const entryPages = ['/', '/zh-hk/', '/regions/hong-kong/', '/zh-hk/regions/hong-kong/', '/opt-out/', '/zh-hk/opt-out/'];
const pages = new Map(builtPages().map((p) => [p.path, p.html]));

for (const path of entryPages) {
  test(`${path} paints from its HTML alone, within the first round trip`, () => {
    const html = pages.get(path);
    expect(html, path).toBeDefined();
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).toMatch(/<style>(?:(?!<\/style>)[\s\S])*\.prose/);
    expect(gzipSync(html ?? '', { level: 9 }).length).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
  });
}

test('every page inlines the same stylesheet, so the CSP carries one hash for it', () => {
  const styles = new Set(
    [...pages.values()]
      .map((html) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).find((css) => css?.includes('.prose')))
      .filter(Boolean),
  );
  expect(styles.size).toBe(1);
});
