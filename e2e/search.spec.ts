import { test, expect, expectNoAxeViolations } from './support/fixtures.ts';
import type { Page } from '@playwright/test';

/** Realistic queries and where a reader expects to land: a page path, optionally with a FAQ anchor. */
const QUERIES: [string, RegExp][] = [
  ['opt out', /\/opt-out\/|\/faq\/#how-do-i-opt-out/],
  ['private messages', /\/faq\/#private-messages/],
  ['under 18', /\/faq\/#under-18/],
  ['Hong Kong', /\/regions\/hong-kong\/|\/pcpd-warning\//],
  ['PCPD', /\/pcpd-warning\//],
  ['November 3', /\/timeline\/|\/faq\/#when-did-it-start|\/$/],
  ['Canada', /\/regions\/canada\//],
  ['can I undo', /\/faq\/#can-i-undo-it/],
  ['Generative AI Data Enhancement', /\/opt-out\//],
  ['objection form', /\/faq\/#objection-form|\/opt-out\//],
  ['delete account', /\/faq\/#delete-account/],
  ['Microsoft', /\/faq\/#microsoft|\/opt-out\/#the-separate-advertising-setting/],
];

async function search(page: Page, query: string) {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  const status = page.getByRole('status').filter({ hasText: /result|Nothing found/ });
  await expect(status).toBeVisible();
}

/** Every link in the first three results, sub-results included. */
async function topThreeLinks(page: Page): Promise<string[]> {
  const results = page.locator('guide-search .result');
  const hrefs: string[] = [];
  for (let i = 0; i < Math.min(3, await results.count()); i++) {
    // Result links carry ?highlight=…; compare path and anchor only.
    for (const a of await results.nth(i).locator('a').all()) hrefs.push(((await a.getAttribute('href')) ?? '').replace(/\?[^#]*/, ''));
  }
  return hrefs;
}

for (const [query, expected] of QUERIES) {
  test(`“${query}” finds ${expected.source} in the first three results`, async ({ page }) => {
    await search(page, query);
    const links = await topThreeLinks(page);
    expect(
      links.some((h) => expected.test(h)),
      links.join('\n'),
    ).toBe(true);
  });
}

test('a plain page view fetches neither Pagefind nor the search code', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (/\/pagefind\/|guideSearch|highlightSearchHits/.test(r.url())) fetched.push(r.url());
  });
  await page.goto('opt-out/');
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(300);
  expect(fetched).toEqual([]);
});

test('the dialog opens at once and searches what was typed while its code was still on the way', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/guideSearch-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('searchbox', { name: 'Search the guide' });
  await expect(box).toBeFocused();
  await page.keyboard.type('private messages');
  await expect(dialog.getByRole('status')).toHaveText('');
  release();
  await expect(dialog.getByRole('status')).toHaveText(/results? for “private messages”/);
  await expect(dialog.locator('.result a').first()).toBeVisible();
});

test('the section filters narrow the results', async ({ page }) => {
  await search(page, 'LinkedIn');
  const all = await page.locator('guide-search .result').count();
  await page.getByRole('checkbox', { name: 'FAQ' }).check();
  await expect(page.getByRole('status').filter({ hasText: /result/ })).toHaveText(/^1 result/);
  expect(all).toBeGreaterThan(1);
  await expect(page).toHaveURL(/section=faq/);
  await expect(page.locator('guide-search .result a').first()).toHaveAttribute('href', /\/faq\//);
});

test('/search/?q= links can be shared and run on arrival @smoke', async ({ page }) => {
  await page.goto('search/?q=private+messages');
  await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toHaveValue('private messages');
  await expect(page.locator('guide-search .result').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the dialog works by keyboard alone', async ({ page }) => {
  await page.goto('');
  const trigger = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' });
  await trigger.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('searchbox', { name: 'Search the guide' });
  await expect(box).toBeFocused();
  await box.fill('private messages');
  await expect(dialog.getByRole('status')).toHaveText(/results? for “private messages”/);
  await page.keyboard.press('ArrowDown');
  const first = dialog.locator('.result a').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('.result a').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  // The shortcut opens it again from anywhere.
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await expect(box).toBeFocused();
});

test('Enter on a result opens it, with the searched words highlighted @smoke', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox').fill('objection form');
  await expect(dialog.getByRole('status')).toHaveText(/results? for/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/highlight=/);
  await expect(page.locator('main mark.search-hit').first()).toBeVisible();
});

const BAD_INPUTS = ['', '   ', 'x'.repeat(5000), '<script>alert(1)</script>', `"'\``, '.*+?^${}()|[]\\', '🔒🤖', 'مرحبا بالعالم', '私隱'];
for (const input of BAD_INPUTS) {
  test(`bad input ${JSON.stringify(input.slice(0, 30))} is handled calmly`, async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto('search/');
    const box = page.getByRole('searchbox', { name: 'Search the guide' });
    await box.fill(input);
    await box.press('Enter');
    const status = page.locator('guide-search [data-part="status"]');
    await expect(status).toHaveText(/result|Nothing found|Type a word/);
    if (input.length > 200) await expect(status).toContainText('first 200 characters');
    await expect(page.locator('guide-search script, guide-search img, guide-search iframe')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/search/ explains and lists every page', async ({ page }) => {
    await page.goto('search/?q=opt+out');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    const list = page.getByRole('region', { name: 'Every page of the guide' });
    for (const name of [
      'How to stop LinkedIn training AI on your data',
      'LinkedIn AI training FAQ',
      'Timeline of LinkedIn’s AI training and the regulators’ response',
      'Hong Kong',
      'Germany',
      'Everywhere else',
    ]) {
      await expect(list.getByRole('link', { name, exact: true })).toBeVisible();
    }
  });
});
