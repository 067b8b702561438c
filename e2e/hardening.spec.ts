import { test, expect, expectNoAxeViolations } from './support/fixtures.ts';
import { t } from '../src/lib/ui.ts';
import { regions } from '../src/data/regions.ts';
import { regionGroups } from '../src/data/schema.ts';

// The build's files (html-validate, sitemap, _headers) are read without a browser in e2e/built/hardening.test.ts.

test('an unknown address gets a helpful page with status 404 @smoke', async ({ page, guard }) => {
  guard.allowConsoleErrors(/404 \(Not Found\)/);
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.getByRole('link', { name: t('en', 'search.label') })).toBeVisible();
  await expect(page.getByRole('combobox', { name: t('en', 'checker.label') })).toBeVisible();
  await expect(page.getByRole('heading', { name: '找不到此頁' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('smooth scrolling only for readers who have not asked for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('faq/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});

for (const path of ['', 'opt-out/', 'regions/', 'regions/hong-kong/', 'faq/', 'search/', 'zh-hk/']) {
  test(`every focusable element on /${path} shows where focus is`, async ({ page }) => {
    // The FAQ has the most stops (every answer's links and Copy link): 150 Tabs take longer on 2 cores.
    if (path === 'faq/') test.slow();
    await page.goto(path);
    const seen = new Set<string>();
    for (let i = 0; i < 150; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return {
          key: `${el.tagName}#${el.id}.${el.textContent?.trim().slice(0, 30)}@${Math.round(r.x)},${Math.round(r.y + scrollY)}`,
          visible: (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
          size: [r.width, r.height],
        };
      });
      if (!info || seen.has(info.key)) break; // wrapped around to the start
      seen.add(info.key);
      expect(info.visible, `no visible focus on ${info.key}`).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(5);
  });
}

test('the main journey by keyboard alone: home → Am I affected? → region page → opt-out steps → share', async ({ page, context }) => {
  // Four pages crossed a key press at a time, each press checked: about 13 s alone, twice that on two busy cores.
  test.setTimeout(60_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('');
  const tabTo = async (locator: ReturnType<typeof page.locator>, max = 80) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await locator.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`could not reach ${locator.toString()} by Tab`);
  };
  await tabTo(page.getByRole('navigation', { name: t('en', 'nav.label') }).getByRole('link', { name: t('en', 'nav.affected') }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/regions\/$/);
  const select = page.getByRole('combobox', { name: t('en', 'checker.label') });
  await tabTo(select);
  await select.press('ArrowDown'); // the first choice: the first group's only region (src/data/data.test.ts)
  const first = regions.find((r) => r.group === regionGroups[0])!;
  await tabTo(page.getByRole('button', { name: t('en', 'checker.submit') }));
  await page.keyboard.press('Enter');
  await tabTo(page.getByRole('link', { name: `${t('en', 'checker.readMore', { name: first.name.en })} →` }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/regions/${first.slug}/$`));
  await tabTo(page.getByRole('link', { name: 'Step-by-step for the website, iPhone and Android' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/opt-out\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How to switch off LinkedIn’s AI training');
  await page.goBack();
  await tabTo(page.getByRole('button', { name: t('en', 'share.button') }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: t('en', 'share.copied') })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  for (const path of ['', 'regions/', 'regions/hong-kong/', 'zh-hk/']) {
    test(`islands enhance /${path} without moving anything (CLS 0)`, async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __cls: number };
        w.__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
    });
  }
});
