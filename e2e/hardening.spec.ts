import { test, expect, expectNoAxeViolations } from './support/fixtures.ts';
import { test as plain } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { BASE, builtPages, DIST } from './support/site.ts';

plain('every built page passes html-validate with zero errors', async () => {
  // .htmlvalidate.json: the recommended rules, less formatting choices Astro's output makes (void and boolean
  // attribute style, trailing white space), long Chinese titles, ids that start with a digit (valid HTML, and
  // the English heading anchors people share), and checkboxes sharing a name (the search filters).
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const page of builtPages()) {
    const report = await validator.validateString(page.html, page.path);
    for (const r of report.results)
      for (const m of r.messages) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});

plain('the sitemap lists every indexable page and nothing else @smoke', () => {
  const xml = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname).sort();
  const indexable = builtPages()
    .filter((p) => !p.redirect && !/<meta name="robots" content="noindex"/.test(p.html))
    .map((p) => path.posix.join(BASE, p.path))
    .sort();
  expect(listed).toEqual(indexable);
  expect(listed.some((p) => p.endsWith('/404/') || p.endsWith('/404.html'))).toBe(false);
  expect(readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
});

plain('_headers carries the CSP and the privacy headers for hosts that read it @smoke', () => {
  const headers = readFileSync(path.join(DIST, '_headers'), 'utf8');
  expect(headers).toMatch(/Content-Security-Policy: default-src 'self';.*script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  expect(headers).toContain("frame-ancestors 'none'");
  expect(headers).not.toContain("'unsafe-inline'");
  for (const h of [
    'Referrer-Policy: no-referrer',
    'Permissions-Policy:',
    'X-Content-Type-Options: nosniff',
    'Strict-Transport-Security: max-age=',
  ]) {
    expect(headers).toContain(h);
  }
  // Every hash any page's own <meta> policy allows is allowed by the header too.
  for (const page of builtPages()) {
    for (const hash of page.html.match(/'sha256-[^']+'/g) ?? []) expect(headers, `${page.path} ${hash}`).toContain(hash);
  }
});

test('an unknown address gets a helpful page with status 404 @smoke', async ({ page, guard }) => {
  guard.allowConsoleErrors(/404 \(Not Found\)/);
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.getByRole('link', { name: 'Search the guide' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Where is your LinkedIn account based?' })).toBeVisible();
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
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('');
  const tabTo = async (locator: ReturnType<typeof page.locator>, max = 80) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await locator.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`could not reach ${locator.toString()} by Tab`);
  };
  await tabTo(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Am I affected?' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/regions\/$/);
  const select = page.getByRole('combobox', { name: 'Where is your LinkedIn account based?' });
  await tabTo(select);
  await select.press('ArrowDown'); // Hong Kong is the first choice
  await tabTo(page.getByRole('button', { name: 'Check' }));
  await page.keyboard.press('Enter');
  await tabTo(page.getByRole('link', { name: 'What this means in Hong Kong →' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/regions\/hong-kong\/$/);
  await tabTo(page.getByRole('link', { name: 'Step-by-step for the website, iPhone and Android' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/opt-out\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How to switch off LinkedIn’s AI training');
  await page.goBack();
  await tabTo(page.getByRole('button', { name: 'Share this page' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard' })).toBeVisible();
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
