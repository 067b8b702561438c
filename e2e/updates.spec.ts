import { test, expect } from './support/fixtures.ts';
import { t } from '../src/lib/ui.ts';
import { feedPath } from '../src/lib/updateFeed.ts';
import { LOCALES, localeRoute } from './support/locales.ts';

// Updates to each page, and the feeds that carry them all, for journalists and NGOs who follow changes.
for (const locale of LOCALES) {
  const path = localeRoute(locale, 'timeline/');
  const feed = feedPath(locale, 'en');
  const title = t(locale, 'updates.feedTitle');
  const heading = t(locale, 'updates.title');
  test(`${path} lists its updates and links its language's feed, which parses as RSS`, async ({ page, request }) => {
    await page.goto(path);
    const section = page.getByRole('region', { name: heading });
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
