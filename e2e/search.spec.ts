import { test, expect, expectNoAxeViolations } from './support/fixtures.ts';
import type { Page } from '@playwright/test';
import type { Locale } from '../src/lib/i18n.ts';
import { t } from '../src/lib/ui.ts';
import { faqs } from '../src/data/faqs.ts';
import { LOCALES, localeRoute, regionFacts, templateSource } from './support/locales.ts';

/**
 * Realistic queries in each language and where a reader expects to land: a page path, optionally with a FAQ anchor,
 * within the first `within` results (sub-results included).
 */
const QUERIES: Record<Locale, { within: number; queries: [string, RegExp][] }> = {
  en: {
    within: 3,
    queries: [
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
    ],
  },
  'zh-hk': {
    within: 2,
    queries: [
      ['退出', /\/zh-hk\/(opt-out\/|faq\/#how-do-i-opt-out|$)/],
      ['私隱專員', /\/zh-hk\/(pcpd-warning\/|faq\/#who-is-pcpd)/],
      ['人工智能', /^\/zh-hk\/(why-now\/)?(#[a-z-]+)?$/],
      ['私人訊息', /\/zh-hk\/faq\/#private-messages/],
      ['香港', /\/zh-hk\/(regions\/hong-kong\/|pcpd-warning\/)/],
      ['十一月三日', /\/zh-hk\/(timeline\/|faq\/#when-did-it-start|$|regions\/)/],
      ['11月3日', /\/zh-hk\/(timeline\/|faq\/#when-did-it-start|$|regions\/)/],
    ],
  },
};

/** A query with many results in each language. */
const SHARED_QUERY: Record<Locale, string> = { en: 'private messages', 'zh-hk': '私人訊息' };

/** The status line once a search has run: a count of results or "nothing found", in the page's language. */
const doneStatus = (locale: Locale) =>
  new RegExp((['search.count.one', 'search.count.many', 'search.none'] as const).map((key) => templateSource(locale, key)).join('|'));

async function search(page: Page, query: string, locale: Locale = 'en') {
  await page.goto(localeRoute(locale, `search/?q=${encodeURIComponent(query)}`));
  await expect(page.locator('guide-search [data-part="status"]')).toHaveText(doneStatus(locale));
}

/** Every link in the first n results, sub-results included. */
async function topLinks(page: Page, n: number): Promise<string[]> {
  const results = page.locator('guide-search .result');
  const hrefs: string[] = [];
  for (let i = 0; i < Math.min(n, await results.count()); i++) {
    // Result links carry ?highlight=…; compare path and anchor only.
    for (const a of await results.nth(i).locator('a').all()) hrefs.push(((await a.getAttribute('href')) ?? '').replace(/\?[^#]*/, ''));
  }
  return hrefs;
}

for (const locale of LOCALES) {
  const { within, queries } = QUERIES[locale];
  test.describe(locale, () => {
    for (const [query, expected] of queries) {
      test(`“${query}” finds ${expected.source} in the first ${within} results, all in the page’s language`, async ({ page }) => {
        await search(page, query, locale);
        const links = await topLinks(page, within);
        expect(
          links.some((h) => expected.test(h)),
          links.join('\n'),
        ).toBe(true);
        expect(
          links.every((h) => h.startsWith('/zh-hk/') === (locale === 'zh-hk')),
          `${locale} pages only:\n${links.join('\n')}`,
        ).toBe(true);
      });
    }

    test('/search/?q= links can be shared and run on arrival @smoke', async ({ page }) => {
      const query = SHARED_QUERY[locale];
      await page.goto(localeRoute(locale, `search/?q=${encodeURIComponent(query)}`));
      await expect(page.getByRole('searchbox', { name: t(locale, 'search.label') })).toHaveValue(query);
      await expect(page.locator('guide-search .result').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
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

/** A misspelt or everyday query per language, the guide's words it is searched as, and the page it should lead to. */
const MISSPELT: Record<Locale, { typed: string; searched: string; lands: RegExp }> = {
  en: { typed: 'privte mesages', searched: 'private', lands: /\/faq\/#private-messages/ },
  'zh-hk': { typed: '點樣閂咗AI訓練', searched: '關閉', lands: /\/zh-hk\/(opt-out\/|faq\/|$|#)/ },
};

for (const locale of LOCALES) {
  test(`${locale}: a misspelt search finds the answer and says what it searched for`, async ({ page }) => {
    const { typed, searched, lands } = MISSPELT[locale];
    await search(page, typed, locale);
    const status = page.locator('guide-search [data-part="status"]');
    await expect(status).toContainText(searched);
    // The count and what was typed, joined as the language joins sentences (no space before —— in Chinese).
    await expect(status).toHaveText(
      new RegExp(
        `(?:${templateSource(locale, 'search.count.one')}|${templateSource(locale, 'search.count.many')})${templateSource(locale, 'punct.betweenSentences')}${templateSource(locale, 'search.searchedFor', { typed })}`,
      ),
    );
    expect((await topLinks(page, 1)).some((href) => lands.test(href))).toBe(true);
  });
}

test('results come five at a time; “Show more results” adds the next and moves focus to them', async ({ page }) => {
  await search(page, 'LinkedIn');
  const results = page.locator('guide-search .result');
  await expect(results).toHaveCount(5);
  const more = page.getByRole('button', { name: t('en', 'search.showMore') });
  await more.click();
  await expect(results).toHaveCount(10);
  await expect(results.nth(5).locator('a').first()).toBeFocused();
  await expect(page.locator('guide-search [data-part="status"]')).toHaveText(/^\d{2,} results/);
});

test('the section filters narrow the results', async ({ page }) => {
  await search(page, 'LinkedIn');
  const all = await page.locator('guide-search .result').count();
  // Folded away until asked for, so that results have the room.
  await expect(page.getByRole('checkbox', { name: 'FAQ' })).toBeHidden();
  await page.locator('guide-search summary').click();
  await page.getByRole('checkbox', { name: 'FAQ' }).check();
  await expect(page.getByRole('status').filter({ hasText: /result/ })).toHaveText(/^1 result/);
  expect(all).toBeGreaterThan(1);
  await expect(page).toHaveURL(/section=faq/);
  await expect(page.locator('guide-search .result a').first()).toHaveAttribute('href', /\/faq\//);
});

for (const locale of LOCALES) {
  test(`${locale}: the dialog works by keyboard alone`, async ({ page }) => {
    const query = SHARED_QUERY[locale];
    await page.goto(localeRoute(locale));
    const trigger = page.getByRole('navigation', { name: t(locale, 'nav.label') }).getByRole('link', { name: t(locale, 'nav.search') });
    await trigger.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: t(locale, 'search.title') });
    await expect(dialog).toBeVisible();
    const box = dialog.getByRole('searchbox', { name: t(locale, 'search.label') });
    await expect(box).toBeFocused();
    await box.fill(query);
    await expect(dialog.getByRole('status')).toHaveText(
      new RegExp((['search.count.one', 'search.count.many'] as const).map((key) => templateSource(locale, key, { q: query })).join('|')),
    );
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
}

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

test('on a phone with its keyboard up, at least three result titles show, and the filters are folded', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 500 });
  await page.goto(localeRoute('en', ''));
  await page.keyboard.press('Control+k');
  const dialog = page.locator('#search-dialog');
  await page.keyboard.insertText('how do I switch it off');
  await expect(dialog.getByRole('status')).toHaveText(/results? for/);
  await expect(dialog.getByRole('checkbox').first()).toBeHidden();
  const titles = dialog.locator('.result > a');
  await expect(titles.first()).toBeVisible();
  // Visible means inside the dialog's scrolling area, not only inside the window.
  const area = (await dialog.locator('.overflow-y-auto').boundingBox())!;
  let inView = 0;
  for (const title of await titles.all()) {
    const box = await title.boundingBox();
    if (box && box.y >= area.y && box.y + box.height <= Math.min(500, area.y + area.height)) inView++;
  }
  expect(inView).toBeGreaterThanOrEqual(3);
});

test('a question a FAQ answers puts that question first, linking to its answer', async ({ page }) => {
  await search(page, 'my son is 16');
  const first = page.locator('guide-search .result > a').first();
  await expect(first).toHaveText(faqs.find((f) => f.id === 'under-18')!.question.en);
  await expect(first).toHaveAttribute('href', /\/faq\/.*#under-18$/);
});

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
      ...['hong-kong', 'germany', 'elsewhere'].map((slug) => regionFacts('en', slug).name),
    ]) {
      await expect(list.getByRole('link', { name, exact: true })).toBeVisible();
    }
  });
});
