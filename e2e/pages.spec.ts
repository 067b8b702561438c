import { test, expect, expectNoAxeViolations } from './support/fixtures.ts';
import { contentPages, rel } from './support/site.ts';

// Every page a reader can land on, straight from the build: a new page is covered without touching this file.
for (const path of contentPages()) {
  // One visit per page checks everything a page owes its readers, to keep the suite fast as pages multiply.
  const smoke = ['/', '/opt-out/', '/regions/hong-kong/', '/zh-hk/faq/'].includes(path) ? ' @smoke' : '';
  test(`page ${path}: essentials, accessibility (light, dark, phone, desktop) and reflow at 320 px${smoke}`, async ({ page }) => {
    await page.goto(rel(path));
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', /^(en|zh-Hant-HK)$/);
    expect((await page.title()).trim().length).toBeGreaterThan(5);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https?:\/\/.+\/$/);
    expect(new URL(canonical!).pathname).toBe(new URL(page.url()).pathname);
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

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('opt-out/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the header offers the main journeys', async ({ page }) => {
  await page.goto('');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Opt out', 'Am I affected?', 'Timeline', 'FAQ', 'Search']) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }
});
