import { test, expect, expectNoAxeViolations } from './support/fixtures.ts';
import type { Page } from '@playwright/test';
import { contentPages, rel } from './support/site.ts';

const zhPages = contentPages().filter((p) => p.startsWith('/zh-hk/'));

// Latin words allowed in Chinese text outside lang="en": names, acronyms and product names that HK Chinese writes in Latin letters.
const ALLOWED = new Set([
  'AI',
  'LinkedIn',
  'PCPD',
  'ICO',
  'OPC',
  'FDPIC',
  'DPC',
  'BfDI',
  'UTC',
  'InMail',
  'NeurIPS',
  'OpenAI',
  'Meta',
  'iPhone',
  'Android',
  'Ctrl',
  'K',
  'JavaScript',
  'RSS',
]);

async function untranslatedWords(page: Page): Promise<string[]> {
  return page.evaluate(
    (allowed) => {
      const out: string[] = [];
      const check = (text: string, where: string) => {
        for (const word of text.match(/[A-Za-z][A-Za-z’'-]*/g) ?? []) {
          if (!allowed.includes(word) && !/linkedin\.com|https?:/.test(text)) out.push(`${word} ← ${where}“${text.trim().slice(0, 60)}”`);
        }
      };
      // Quotes and names in their own language (lang="en", lang="de") are not untranslated text.
      const skip = 'script, style, [lang]:not([lang^="zh"]), [hidden], [data-part="url"]';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const el = node.parentElement;
        if (!el || el.closest(skip)) continue;
        check(node.data, '');
      }
      // What a screen reader or a tooltip says counts too: labels, alternative text and titles. Citation markers are
      // the exception: they name the publisher ("來源 8：Hong Kong Free Press"), an English proper name.
      for (const attr of ['aria-label', 'alt', 'title']) {
        for (const el of document.body.querySelectorAll(`[${attr}]`)) {
          if (el.closest(`${skip}, .cite`)) continue;
          check(el.getAttribute(attr) ?? '', `${attr} `);
        }
      }
      return out;
    },
    [...ALLOWED],
  );
}

for (const path of zhPages) {
  test(`${path} is Chinese throughout`, async ({ page }) => {
    await page.goto(rel(path));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
    expect(await untranslatedWords(page)).toEqual([]);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((ls) => ls.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
    expect(alternates).toEqual([`en ${path.replace(/^\/zh-hk/, '')}`, `zh-Hant-HK ${path}`, `x-default ${path.replace(/^\/zh-hk/, '')}`]);
  });
}

test('the language switch keeps the page and the anchor, both ways @smoke', async ({ page }) => {
  await page.goto('faq/#can-i-undo-it');
  await page.getByRole('link', { name: '繁體中文' }).click();
  await expect(page).toHaveURL(/\/zh-hk\/faq\/#can-i-undo-it$/);
  await expect(page.getByRole('heading', { name: '已完成的訓練可以撤銷嗎？' })).toBeInViewport();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/faq\/#can-i-undo-it$/);
  await expect(page).not.toHaveURL(/zh-hk/);
  await expect(page.getByRole('heading', { name: 'Can I undo training that already happened?' })).toBeInViewport();
});

test('the Chinese home page: countdown and checker in Chinese', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-03T12:00:00+08:00') });
  await page.goto('zh-hk/');
  await expect(page.locator('since-countdown')).toContainText('領英自2025年11月3日起已可使用當地會員的資料訓練人工智能');
  await expect(page.locator('since-countdown')).toContainText('365 日');
  await page.getByRole('combobox', { name: '你在哪個國家或地區使用領英？' }).selectOption('hong-kong');
  await page.getByRole('button', { name: '查看' }).click();
  await expect(page.getByText('香港：除非會員已關閉有關設定，否則領英自2025年11月3日起已使用會員資料訓練其生成式人工智能。')).toBeVisible();
  await expect(page.getByRole('link', { name: '這對香港的用戶有何影響 →' })).toHaveAttribute('href', /\/zh-hk\/regions\/hong-kong\/$/);
  await expectNoAxeViolations(page);
});

test('Chinese dates are written the Hong Kong way', async ({ page }) => {
  await page.goto('zh-hk/timeline/');
  await expect(page.locator('#change-takes-effect time')).toHaveText('2025年11月3日');
  await expect(page.locator('#pcpd-reminder time')).toHaveText('2025年10月下旬');
});

test('Chinese region pages have a Chinese share image', async ({ page }) => {
  await page.goto('zh-hk/regions/hong-kong/');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/zh-hk-region-hong-kong\.png$/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'zh_HK');
});

test('the Chinese FAQ carries Chinese JSON-LD', async ({ page }) => {
  await page.goto('zh-hk/faq/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as {
    inLanguage: string;
    mainEntity: { name: string; url: string }[];
  };
  expect(data.inLanguage).toBe('zh-Hant-HK');
  expect(data.mainEntity.map((q) => q.name)).toEqual(await page.locator('.faq-entry h2').allTextContents());
  expect(data.mainEntity[0]?.url).toMatch(/\/zh-hk\/faq\/#when-did-it-start$/);
});

const ZH_QUERIES: [string, RegExp][] = [
  ['退出', /\/zh-hk\/(opt-out\/|faq\/#how-do-i-opt-out|$)/],
  ['私隱專員', /\/zh-hk\/(pcpd-warning\/|faq\/#who-is-pcpd)/],
  ['人工智能', /^\/zh-hk\/(why-now\/)?(#[a-z-]+)?$/],
  ['私人訊息', /\/zh-hk\/faq\/#private-messages/],
  ['香港', /\/zh-hk\/(regions\/hong-kong\/|pcpd-warning\/)/],
  ['十一月三日', /\/zh-hk\/(timeline\/|faq\/#when-did-it-start|$|regions\/)/],
  ['11月3日', /\/zh-hk\/(timeline\/|faq\/#when-did-it-start|$|regions\/)/],
];
for (const [query, expected] of ZH_QUERIES) {
  test(`Chinese search “${query}” puts ${expected.source} first or second`, async ({ page }) => {
    await page.goto(`zh-hk/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('guide-search [data-part="status"]')).toHaveText(/個結果|找不到/);
    const results = page.locator('guide-search .result');
    const hrefs: string[] = [];
    for (let i = 0; i < Math.min(2, await results.count()); i++) {
      for (const a of await results.nth(i).locator('a').all()) hrefs.push(((await a.getAttribute('href')) ?? '').replace(/\?[^#]*/, ''));
    }
    expect(
      hrefs.some((h) => expected.test(h)),
      hrefs.join('\n'),
    ).toBe(true);
    expect(
      hrefs.every((h) => h.startsWith('/zh-hk/')),
      'Chinese pages only',
    ).toBe(true);
  });
}
