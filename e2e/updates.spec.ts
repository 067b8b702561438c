import { test, expect } from './support/fixtures.ts';
import { t } from '../src/lib/ui.ts';
import { feedPath, updateAnchor, updatesFor } from '../src/lib/updateFeed.ts';
import { updates } from '../src/data/updates.ts';
import { formatDate } from '../src/lib/dates.ts';
import { LOCALES, localeRoute } from './support/locales.ts';

// Updates to each page, and the feeds that carry them all, for journalists and NGOs who follow changes.
for (const locale of LOCALES) {
  const path = localeRoute(locale, 'timeline/');
  const feed = feedPath(locale, 'en');
  const title = t(locale, 'updates.feedTitle');
  const heading = t(locale, 'updates.title');
  test(`${path} lists its updates and links its language's feed, which parses as RSS`, async ({ page, request }) => {
    // It opens the page of every item in the feed: more than the default time allows on a busy 2-core machine.
    test.slow();
    await page.goto(path);
    const section = page.getByRole('region', { name: heading });
    await section.getByText(t(locale, 'updates.showAll', { n: updatesFor('/timeline/').length })).click();
    await expect(section.getByRole('listitem').first()).toContainText('2026');
    const link = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
    await expect(link).toHaveAttribute('title', title);
    expect(new URL((await link.getAttribute('href')) ?? '').pathname).toMatch(new RegExp(`/${feed}$`));

    const xml = await (await request.get(feed)).text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        title: doc.querySelector('channel > title')?.textContent,
        items: [...doc.querySelectorAll('item')].map((i) => ({
          title: i.querySelector('title')?.textContent ?? '',
          link: i.querySelector('link')?.textContent ?? '',
          date: Date.parse(i.querySelector('pubDate')?.textContent ?? ''),
        })),
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.title).toBe(title);
    expect(parsed.items.length).toBeGreaterThan(0);
    for (const item of parsed.items) {
      expect(item.title.length).toBeGreaterThan(0);
      expect(Number.isNaN(item.date)).toBe(false);
      // Each item links to its entry on a page of the feed's language.
      const { pathname, hash } = new URL(item.link);
      const target = await page.goto(pathname);
      expect(target?.status()).toBe(200);
      await expect(page.locator(`[id="${hash.slice(1)}"]`)).toHaveCount(1);
    }
  });
}

// GOV.UK's pattern: the latest change in one line, every change one tap away, and a feed's link to an entry opens the
// list at that entry (the three engines' smoke run checks the same in Firefox and WebKit, which do not open a
// <details> for a fragment by themselves).
const hongKong = '/regions/hong-kong/';
for (const locale of LOCALES) {
  const path = localeRoute(locale, 'regions/hong-kong/');
  const list = updatesFor(hongKong);
  const latest = list[0]!;
  const oldest = list.at(-1)!;
  test.describe(`${path} updates`, () => {
    test('say when the page last changed and what changed, and show every update on request', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      const section = page.getByRole('region', { name: t(locale, 'updates.title') });
      await expect(section).toContainText(`${t(locale, 'updates.lastUpdated')}${formatDate(latest.date, locale)}`);
      const entries = section.getByRole('listitem');
      await expect(entries.first()).toBeHidden();
      const more = section.getByText(t(locale, 'updates.showAll', { n: list.length }), { exact: true });
      const box = await more.boundingBox();
      expect(box?.height ?? 0, 'a thumb-sized control').toBeGreaterThanOrEqual(44);
      await more.click();
      await expect(entries).toHaveCount(list.length);
      await expect(entries.last()).toBeVisible();
    });

    test('a feed’s link to an entry opens the list at that entry', async ({ page }) => {
      const anchor = updateAnchor(updates.indexOf(oldest), oldest.date);
      await page.goto(`${path}#${anchor}`);
      await expect(page.locator(`[id="${anchor}"]`)).toBeVisible();
      await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test('the list opens with a tap', async ({ page }) => {
        await page.goto(path);
        const section = page.getByRole('region', { name: t(locale, 'updates.title') });
        await section.getByText(t(locale, 'updates.showAll', { n: list.length }), { exact: true }).click();
        await expect(section.getByRole('listitem').last()).toBeVisible();
      });
    });
  });
}
