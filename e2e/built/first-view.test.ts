import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { builtPages } from '../support/site.ts';

// Reads the build, no browser: an entry page's first paint must arrive in the first round trip (about 14,600 bytes
// on a new connection), so its HTML carries all the CSS a paint needs and no stylesheet blocks rendering. A browser
// paints from the HTML it has while the rest streams in, so what must fit is the page up to its footer matter: the
// list of updates and of sources that end the page come later and may take a second round trip.
const FIRST_ROUND_TRIP = 14_600;
const footerMatter = /<section[^>]*aria-labelledby="page-(?:updates|sources)"/;
const firstView = (html: string) => html.slice(0, html.search(footerMatter) >= 0 ? html.search(footerMatter) : undefined);
const entryPages = ['/', '/zh-hk/', '/regions/hong-kong/', '/zh-hk/regions/hong-kong/', '/opt-out/', '/zh-hk/opt-out/'];
const pages = new Map(builtPages().map((p) => [p.path, p.html]));

for (const path of entryPages) {
  test(`${path} paints from its HTML alone, within the first round trip`, () => {
    const html = pages.get(path);
    assert.ok(html !== undefined, path);
    assert.doesNotMatch(html, /<link[^>]+rel="stylesheet"/);
    assert.match(html, /<style>(?:(?!<\/style>)[\s\S])*\.prose/);
    assert.match(html, footerMatter, 'the page ends with its updates or sources');
    const bytes = gzipSync(firstView(html), { level: 9 }).length;
    assert.ok(bytes <= FIRST_ROUND_TRIP, `${path}: ${bytes} B gzip before its footer matter, over ${FIRST_ROUND_TRIP} B`);
  });
}

test('every page inlines the same stylesheet, so the CSP carries one hash for it', () => {
  const styles = new Set(
    [...pages.values()]
      .map((html) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).find((css) => css?.includes('.prose')))
      .filter(Boolean),
  );
  assert.equal(styles.size, 1);
});
