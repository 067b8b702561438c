import { test, expect } from './support/fixtures.ts';
import { BASE, builtPages, rel } from './support/site.ts';

// Every citation marker on every page leads to /sources/ in the same language, to an anchor that holds the quoted
// passage (or, for the one source that cannot be quoted, says why).
const pages = builtPages().filter((p) => !p.redirect);
const citationsByLocale = new Map<string, Set<string>>();
for (const page of pages) {
  for (const m of page.html.matchAll(/<a href="([^"]+)"[^>]*data-cite="([^"]+)"/g)) {
    const href = m[1] ?? '';
    // A site path without the deployment base, which rel() and Playwright's baseURL add back.
    const target = `/${href.slice(0, href.indexOf('#')).slice(BASE.length)}`;
    if (!citationsByLocale.has(target)) citationsByLocale.set(target, new Set());
    // The marker leads to its first passage; the others of the same source are listed with it.
    for (const id of (m[2] ?? '').split(' ')) citationsByLocale.get(target)?.add(id.replace('#', '--'));
  }
}

test('the site has citations in both languages, each leading to its own language’s sources page', () => {
  expect([...citationsByLocale.keys()].map((p) => p.replace(/^.*?(zh-hk\/)?sources\/$/, '$1sources/')).sort()).toEqual([
    'sources/',
    'zh-hk/sources/',
  ]);
});

for (const [sourcesPage, anchors] of citationsByLocale) {
  test(`every citation into ${sourcesPage} lands on a quote or a stated reason @smoke`, async ({ page }) => {
    await page.goto(rel(sourcesPage));
    for (const anchor of anchors) {
      const target = page.locator(`[id="${anchor}"]`);
      await expect(target, anchor).toHaveCount(1);
      if (anchor.includes('--')) {
        await expect(target.locator('blockquote'), anchor).not.toBeEmpty();
        await expect(target.getByRole('link'), anchor).toHaveAttribute('href', /#(.*:)?~:text=[^&]+/);
      } else {
        await expect(target, anchor).toContainText(/Not quoted|未有引錄原文/);
      }
    }
  });
}

test('a citation marker takes the reader to its passage, in view', async ({ page }) => {
  await page.goto('regions/hong-kong/');
  const marker = page.locator('main a[data-cite*="#"]').first();
  const [cited = ''] = ((await marker.getAttribute('data-cite')) ?? '').split(' ');
  await marker.click();
  await expect(page).toHaveURL(new RegExp(`/sources/#${cited.replace('#', '--')}$`));
  const passage = page.locator(':target');
  await expect(passage.locator('blockquote')).toBeInViewport();
});

test('on Chinese pages an English quote comes with a Chinese gloss', async ({ page }) => {
  await page.goto('zh-hk/sources/');
  const english = page.locator('.passage:has(blockquote[lang="en"])').first();
  await expect(english).toContainText('中文撮要：');
});
