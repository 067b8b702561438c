import { test, expect } from './support/fixtures.ts';
import { citationsBySourcesPage, rel } from './support/site.ts';
import { localeRoute } from './support/locales.ts';
import { t } from '../src/lib/ui.ts';

// Every citation marker on every page leads to /sources/ in the same language, to an anchor that holds the quoted
// passage (or, for the one source that cannot be quoted, says why). That both languages have their own sources page
// is read from the build in e2e/built/pages.test.ts.
const citationsByLocale = citationsBySourcesPage();

for (const [sourcesPage, anchors] of citationsByLocale) {
  const locale = sourcesPage.includes('/zh-hk/') ? 'zh-hk' : 'en';
  test(`every citation into ${sourcesPage} lands on a quote or a stated reason @smoke`, async ({ page }) => {
    await page.goto(rel(sourcesPage));
    for (const anchor of anchors) {
      const target = page.locator(`[id="${anchor}"]`);
      await expect(target, anchor).toHaveCount(1);
      if (anchor.includes('--')) {
        await expect(target.locator('blockquote'), anchor).not.toBeEmpty();
        await expect(target.getByRole('link'), anchor).toHaveAttribute('href', /#(.*:)?~:text=[^&]+/);
      } else {
        await expect(target, anchor).toContainText(t(locale, 'sources.unquotable').trim());
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
  await page.goto(localeRoute('zh-hk', 'sources/'));
  const english = page.locator('.passage:has(blockquote[lang="en"])').first();
  await expect(english).toContainText(t('zh-hk', 'sources.gloss'));
});
