import { test, expect, expectNoAxeViolations } from './support/fixtures.ts';
import { regions } from '../src/data/regions.ts';

const HK_START = new Date('2025-11-03T00:00:00+08:00');

test.describe('the countdown with a fixed clock', () => {
  const cases: [string, Date, RegExp, RegExp][] = [
    [
      'two days before',
      new Date(HK_START.getTime() - (2 * 86_400 + 3 * 3600 + 25 * 60) * 1000),
      /starts training on members’ data here on 3 November 2025, in/,
      /2 days, 3 hours and 25 minutes/,
    ],
    ['at the moment', HK_START, /takes effect now, on 3 November 2025/, /Switching the setting off now stops future use only/],
    ['just after', new Date(HK_START.getTime() + 61_000), /since 3 November 2025/, /0 days/],
    ['a year after', new Date('2026-11-03T12:00:00+08:00'), /since 3 November 2025/, /365 days/],
  ];
  for (const [label, now, lead, detail] of cases) {
    for (const path of ['', 'regions/hong-kong/']) {
      test(`${label}: /${path}`, async ({ page }) => {
        await page.clock.install({ time: now });
        await page.goto(path);
        const countdown = page.locator('since-countdown');
        await expect(countdown).toContainText(lead);
        await expect(countdown).toContainText(detail);
        const timer = countdown.getByRole('timer');
        await expect(timer).toHaveCount(now < HK_START ? 1 : 0);
      });
    }
  }

  test('it moves on by itself as minutes pass', async ({ page }) => {
    await page.clock.install({ time: new Date(HK_START.getTime() - 3 * 60_000 - 10_000) });
    await page.goto('regions/hong-kong/');
    const countdown = page.locator('since-countdown');
    await expect(countdown).toContainText('0 days, 0 hours and 4 minutes');
    await page.clock.runFor(60_000);
    await expect(countdown).toContainText('0 days, 0 hours and 3 minutes');
    await page.clock.runFor(4 * 60_000);
    await expect(countdown).toContainText('since 3 November 2025');
  });

  test('a clock years off still says something sensible', async ({ page }) => {
    await page.clock.install({ time: new Date('2015-01-01T00:00:00Z') });
    await page.goto('regions/hong-kong/');
    await expect(page.locator('since-countdown')).toContainText(/on 3 November 2025, in [\d,]+ days, \d+ hours and \d+ minutes/);
    await page.clock.setFixedTime(new Date('2040-01-01T12:00:00Z'));
    await page.reload();
    await expect(page.locator('since-countdown')).toContainText('since 3 November 2025 — 5,172 days');
  });

  test('the built HTML states the date and the state in <time> elements', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('regions/hong-kong/', test.info().project.use.baseURL).href);
    const countdown = page.locator('since-countdown');
    await expect(countdown).toContainText(/since 3 November 2025 — [\d,]+ days/);
    await expect(countdown.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await context.close();
  });
});

test.describe('the region checker', () => {
  test('works by keyboard alone and shares the region page @smoke', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('regions/');
    const select = page.getByRole('combobox', { name: 'Where is your LinkedIn account based?' });
    await select.focus();
    await select.selectOption({ label: 'Canada' });
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Check' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Canada: LinkedIn has used members’ data to train its generative AI since 3 November 2025')).toBeVisible();
    await page.keyboard.press('Tab');
    const more = page.getByRole('link', { name: 'What this means in Canada →' });
    await expect(more).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard' })).toBeVisible();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('canada/', canonical!).href);
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/regions\/canada\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Canada: is LinkedIn training AI on your data?');
  });

  test.describe('in Berlin', () => {
    test.use({ timezoneId: 'Europe/Berlin' });
    test('suggests Germany without choosing it', async ({ page }) => {
      await page.goto('regions/');
      await expect(page.getByText('Your device’s time zone suggests Germany.')).toBeVisible();
      await expect(page.getByRole('combobox')).toHaveValue('');
      await page.getByRole('button', { name: 'Use Germany' }).click();
      await expect(page.getByRole('combobox')).toHaveValue('germany');
      await expect(page.getByText('Germany: LinkedIn has used members’ data')).toBeVisible();
    });
  });

  test.describe('in New York', () => {
    test.use({ timezoneId: 'America/New_York' });
    test('suggests everywhere else', async ({ page }) => {
      await page.goto('');
      await expect(page.getByText('Your device’s time zone suggests Everywhere else.')).toBeVisible();
    });
  });

  for (const value of ['hk', 'HK', 'hong-kong']) {
    test(`?region=${value} preselects Hong Kong`, async ({ page }) => {
      await page.goto(`regions/?region=${value}`);
      await expect(page.getByRole('combobox')).toHaveValue('hong-kong');
      await expect(
        page.getByText('Hong Kong: LinkedIn has used members’ data to train its generative AI since 3 November 2025'),
      ).toBeVisible();
    });
  }

  for (const value of ['nowhere', '<script>alert(1)</script>', '__proto__', 'constructor', 'hasOwnProperty']) {
    test(`?region=${value} gets a clear message and the full choice`, async ({ page }) => {
      let alerts = 0;
      page.on('dialog', (d) => {
        alerts++;
        void d.dismiss();
      });
      await page.goto(`regions/?region=${encodeURIComponent(value)}`);
      await expect(page.getByRole('alert')).toContainText(`We don’t recognise “${value}” as a country or region`);
      await expect(page.getByRole('combobox')).toHaveValue('');
      await expect(page.getByRole('combobox').locator('option')).toHaveCount(regions.length + 1);
      await expect(page.locator('region-checker script')).toHaveCount(0);
      expect(alerts).toBe(0);
    });
  }

  test('the home page checker answers inline', async ({ page }) => {
    await page.goto('');
    await page.getByRole('combobox', { name: 'Where is your LinkedIn account based?' }).selectOption('united-kingdom');
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByRole('link', { name: 'What this means in United Kingdom →' })).toHaveAttribute(
      'href',
      /\/regions\/united-kingdom\/$/,
    );
    await expectNoAxeViolations(page);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every region is reachable from /regions/', async ({ page }) => {
    await page.goto('regions/');
    const list = page.getByRole('region', { name: 'Every country and region' });
    for (const r of regions) {
      await expect(list.getByRole('link', { name: r.name.en, exact: true })).toHaveAttribute('href', new RegExp(`/regions/${r.slug}/$`));
    }
    await expect(page.getByRole('combobox')).toBeHidden();
  });

  test('the home page offers region links instead of the checker', async ({ page }) => {
    await page.goto('');
    await expect(page.getByRole('link', { name: 'Hong Kong', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'See every country and region' })).toBeVisible();
  });

  for (const r of regions) {
    test(`/regions/${r.slug}/ states its facts and shows its link`, async ({ page }) => {
      await page.goto(`regions/${r.slug}/`);
      const main = page.getByRole('main');
      await expect(main).toContainText(r.trainingSince === '2025-11-03' ? 'Since 3 November 2025' : 'since 18 September 2024');
      await expect(main).toContainText('Yes, unless you switched it off.');
      if (r.authority) {
        const name = `${r.authority.name}${r.authority.abbr ? ` (${r.authority.abbr})` : ''}`;
        await expect(main.getByRole('link', { name, exact: true })).toHaveAttribute('href', r.authority.url);
      }
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      await expect(main.locator('[data-part="url"]')).toHaveText(canonical!);
      await expect(main.getByRole('button', { name: 'Share this page' })).toBeHidden();
    });
  }
});

for (const [alias, slug] of [
  ['hk', 'hong-kong'],
  ['uk', 'united-kingdom'],
  ['de', 'germany'],
]) {
  test(`/regions/${alias}/ forwards to /regions/${slug}/`, async ({ page }) => {
    await page.goto(`regions/${alias}/`);
    await expect(page).toHaveURL(new RegExp(`/regions/${slug}/$`));
  });
}

// The share images' files, and the <meta> tags naming them, are read from the build in e2e/dist/pages.test.ts.
test('every region page’s share image is served as a PNG, in both languages @smoke', async ({ request }) => {
  for (const prefix of ['', 'zh-hk-']) {
    for (const r of regions) {
      const response = await request.get(`og/${prefix}region-${r.slug}.png`);
      expect(response.status(), `${prefix}${r.slug}`).toBe(200);
      expect(response.headers()['content-type']).toContain('image/png');
    }
  }
});

test('the Share button copies the canonical URL and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('regions/hong-kong/');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await page.getByRole('button', { name: 'Share this page' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
});
