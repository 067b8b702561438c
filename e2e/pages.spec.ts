import { test, expect, expectNoAxeViolations } from './support/fixtures.ts';
import { BASE, rel, templatePages } from './support/site.ts';
import { LOCALES, localeRoute } from './support/locales.ts';
import { t } from '../src/lib/ui.ts';
import { faqs } from '../src/data/faqs.ts';
import { localeRecords } from '../src/lib/i18n.ts';

// One page per template and language (e2e/support/site.ts), and the 404 page: what only a browser can tell. What every
// page owes its readers in its HTML (one h1, lang, title, description, canonical, Chinese throughout) is read from all
// of them in e2e/built/pages.test.ts and e2e/built/language.test.ts, in milliseconds.
// The FAQ answer pages share one template: one per language stands for the rest (their static facts are checked on the
// build, e2e/built/journeys.test.ts).
for (const sitePath of [...templatePages(), '/faq/can-i-undo-it/', '/zh-hk/faq/can-i-undo-it/', '/404.html', '/zh-hk/404.html']) {
  const smoke = ['/', '/opt-out/', '/regions/hong-kong/', '/zh-hk/faq/'].includes(sitePath) ? ' @smoke' : '';
  test(`page ${sitePath}: accessibility (light, dark, phone, desktop) and reflow at 320 px${smoke}`, async ({ page, guard }) => {
    // Four axe runs over /sources/ (every quoted passage) and the FAQ (every answer, each with its sources and share
    // controls) take longer than the default allows on 2 cores.
    if (/\/(sources|faq)\/$/.test(sitePath)) test.slow();
    if (sitePath.endsWith('/404.html')) guard.allowConsoleErrors(/404 \(Not Found\)/);
    await page.goto(rel(sitePath));
    // Accessibility in every combination a reader may bring: light and dark, desktop and phone.
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
  });
}

test('the dark theme applies when the browser prefers dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('');
  const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(light).toBe('rgb(255, 255, 255)');
  expect(dark).not.toBe(light);
  await expectNoAxeViolations(page);
});

for (const locale of LOCALES) {
  test.describe(locale, () => {
    test('the skip link moves focus to the main content', async ({ page }) => {
      await page.goto(localeRoute(locale, 'opt-out/'));
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: t(locale, 'skip.toMain') });
      await expect(skip).toBeFocused();
      await skip.press('Enter');
      await expect(page.locator('main')).toBeFocused();
    });

    test('the header offers the main journeys', async ({ page }) => {
      await page.goto(localeRoute(locale));
      const nav = page.getByRole('navigation', { name: t(locale, 'nav.label') });
      for (const key of ['nav.optOut', 'nav.affected', 'nav.timeline', 'nav.faq', 'nav.search'] as const) {
        await expect(nav.getByRole('link', { name: t(locale, key) })).toBeVisible();
      }
    });

    const other = LOCALES.find((l) => l !== locale)!;
    const faq = faqs.find((f) => f.id === 'can-i-undo-it')!;
    test(`the header's language switch keeps the page and the anchor, to ${other} and back @smoke`, async ({ page }) => {
      for (const [from, to] of [
        [locale, other],
        [other, locale],
      ] as const) {
        if (from === locale) await page.goto(localeRoute(locale, `faq/#${faq.id}`));
        await page.getByRole('banner').getByRole('link', { name: localeRecords[to].label }).click();
        await expect(page).toHaveURL((url) => url.pathname === `${BASE}${localeRoute(to, 'faq/')}` && url.hash === `#${faq.id}`);
        await expect(page.getByRole('heading', { name: faq.question[to] })).toBeInViewport();
      }
    });

    test(`the language switch is reached by keyboard right after the site's name, and on a phone shares its row`, async ({ page }) => {
      // 360 px, the narrowest common phone: at 320 px the English name leaves no room, and the switch takes a row of its
      // own (first-screen.spec.ts checks that the answer and the button still fit there).
      await page.setViewportSize({ width: 360, height: 640 });
      await page.goto(localeRoute(locale, 'opt-out/'));
      const header = page.getByRole('banner');
      const name = header.getByRole('link', { name: t(locale, 'site.name') });
      const toggle = header.getByRole('link', { name: localeRecords[other].label });
      // Skip link, the site's name, then the switch.
      for (const expected of [page.getByRole('link', { name: t(locale, 'skip.toMain') }), name, toggle]) {
        await page.keyboard.press('Tab');
        await expect(expected).toBeFocused();
      }
      const [nameBox, toggleBox] = [await name.boundingBox(), await toggle.boundingBox()];
      expect(nameBox && toggleBox, 'laid out').toBeTruthy();
      const middle = toggleBox!.y + toggleBox!.height / 2;
      expect(middle, 'the switch is on the name’s row, so the header grows no taller').toBeGreaterThan(nameBox!.y);
      expect(middle).toBeLessThan(nameBox!.y + nameBox!.height);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL((url) => url.pathname === `${BASE}${localeRoute(other, 'opt-out/')}`);
    });
  });
}
