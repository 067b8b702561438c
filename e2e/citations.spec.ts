import { test, expect } from './support/fixtures.ts';
import { localeRoute } from './support/locales.ts';
import { t } from '../src/lib/ui.ts';

// That every citation marker leads to a quote or a stated reason on its language's sources page is read from the build
// in e2e/built/citations.test.ts; here, that following one brings the passage into view.
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
