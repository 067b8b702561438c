import { test, expect, expectNoAxeViolations } from './support/fixtures.ts';
import { regions } from '../src/data/regions.ts';
import { t } from '../src/lib/ui.ts';
import { startOfDayIn } from '../src/lib/timeSince.ts';
import {
  LOCALES,
  checkerAnswer,
  countdownParts,
  countdownPartsSource,
  countdownStatement,
  escapeRegExp,
  localePath,
  localeRoute,
  region,
  regionFacts,
  unit,
} from './support/locales.ts';

// The home page's countdown is Hong Kong's; its start is the first moment of its trainingSince day in its own zone.
const hk = region('hong-kong');
const HK_START = startOfDayIn(hk.trainingSince, hk.timeZone);
const DAY = 86_400_000;

for (const locale of LOCALES) {
  test.describe(locale, () => {
    const statement = (key: Parameters<typeof countdownStatement>[2], count?: string) =>
      countdownStatement(locale, 'hong-kong', key, count);
    // The statement up to its number, the same whatever the number is.
    const sinceLead = statement('countdown.since', '{count}').split('{count}')[0]!;

    test.describe('the countdown with a fixed clock', () => {
      // label, the clock, what the countdown says (lead and count, or lead and its meaning)
      const cases: [string, Date, string[]][] = [
        [
          'two days before',
          new Date(HK_START.getTime() - (2 * 86_400 + 3 * 3600 + 25 * 60) * 1000),
          [statement('countdown.before', countdownParts(locale, 2, 3, 25))],
        ],
        ['at the moment', HK_START, [statement('countdown.today'), t(locale, 'countdown.meaningAfter')]],
        ['just after', new Date(HK_START.getTime() + 61_000), [statement('countdown.since', unit(locale, 'day', 0))]],
        [
          'a year after',
          new Date(HK_START.getTime() + 365 * DAY + 12 * 3_600_000),
          [statement('countdown.since', unit(locale, 'day', 365))],
        ],
      ];
      for (const [label, now, says] of cases) {
        for (const route of ['', 'regions/hong-kong/']) {
          test(`${label}: /${localeRoute(locale, route)}`, async ({ page }) => {
            await page.clock.install({ time: now });
            await page.goto(localeRoute(locale, route));
            const countdown = page.locator('since-countdown');
            for (const text of says) await expect(countdown).toContainText(text);
            const timer = countdown.getByRole('timer');
            await expect(timer).toHaveCount(now < HK_START ? 1 : 0);
          });
        }
      }

      test('it moves on by itself as minutes pass', async ({ page }) => {
        await page.clock.install({ time: new Date(HK_START.getTime() - 3 * 60_000 - 10_000) });
        await page.goto(localeRoute(locale, 'regions/hong-kong/'));
        const countdown = page.locator('since-countdown');
        await expect(countdown).toContainText(countdownParts(locale, 0, 0, 4));
        await page.clock.runFor(60_000);
        await expect(countdown).toContainText(countdownParts(locale, 0, 0, 3));
        await page.clock.runFor(4 * 60_000);
        await expect(countdown).toContainText(sinceLead);
      });

      test('a clock years off still says something sensible', async ({ page }) => {
        await page.clock.install({ time: new Date('2015-01-01T00:00:00Z') });
        await page.goto(localeRoute(locale, 'regions/hong-kong/'));
        const countdown = page.locator('since-countdown');
        await expect(countdown).toContainText(statement('countdown.before', '{count}').split('{count}')[0]!);
        await expect(countdown.locator('[data-part="count"]')).toHaveText(new RegExp(`^${countdownPartsSource(locale)}$`));
        const far = new Date('2040-01-01T12:00:00Z');
        await page.clock.setFixedTime(far);
        await page.reload();
        const days = Math.round((Date.UTC(2040, 0, 1) - Date.parse(hk.trainingSince)) / DAY);
        await expect(countdown).toContainText(statement('countdown.since', unit(locale, 'day', days)));
      });

      test('the built HTML states the date and the state in <time> elements', async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(new URL(localeRoute(locale, 'regions/hong-kong/'), test.info().project.use.baseURL).href);
        const countdown = page.locator('since-countdown');
        const [lead, tail] = statement('countdown.since', unit(locale, 'day', 0)).split(unit(locale, 'day', 0));
        await expect(countdown).toContainText(
          new RegExp(`${escapeRegExp(lead!)}${escapeRegExp(unit(locale, 'day', 0)).replace('0', '[\\d,]+')}${escapeRegExp(tail!)}`),
        );
        await expect(countdown.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
        await context.close();
      });
    });

    test.describe('the region checker', () => {
      const checker = (page: import('@playwright/test').Page) => page.getByRole('combobox', { name: t(locale, 'checker.label') });

      test('works by keyboard alone and shares the region page @smoke', async ({ page, context }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.goto(localeRoute(locale, 'regions/'));
        const canada = regionFacts(locale, 'canada');
        const select = checker(page);
        await select.focus();
        await select.selectOption({ label: canada.name });
        await page.keyboard.press('Tab');
        await expect(page.getByRole('button', { name: t(locale, 'checker.submit') })).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(page.getByText(checkerAnswer(locale, 'canada'))).toBeVisible();
        // The answer's first stop is the button to the setting; its sources follow, then the region's page.
        await page.keyboard.press('Tab');
        await expect(page.locator('[data-part="answer"]').getByRole('link', { name: t(locale, 'cta.switchOff') })).toBeFocused();
        const more = page.getByRole('link', { name: `${t(locale, 'checker.readMore', { name: canada.name })} →` });
        for (let stops = 0; stops < 6 && !(await more.evaluate((a) => a === document.activeElement)); stops++)
          await page.keyboard.press('Tab');
        await expect(more).toBeFocused();
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await expect(page.getByRole('status').filter({ hasText: t(locale, 'share.copied') })).toBeVisible();
        const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('canada/', canonical!).href);
        await more.focus();
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(new RegExp(`${localePath(locale, 'regions/canada/')}$`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(locale, 'region.heading', { name: canada.name }));
      });

      test.describe('in Berlin', () => {
        test.use({ timezoneId: 'Europe/Berlin' });
        test('suggests Germany without choosing it', async ({ page }) => {
          const germany = regionFacts(locale, 'germany');
          await page.goto(localeRoute(locale, 'regions/'));
          await expect(page.getByText(t(locale, 'checker.suggest', { name: germany.name }))).toBeVisible();
          await expect(checker(page)).toHaveValue('');
          await page.getByRole('button', { name: t(locale, 'checker.useSuggestion', { name: germany.name }) }).click();
          await expect(checker(page)).toHaveValue('germany');
          await expect(page.getByText(checkerAnswer(locale, 'germany'))).toBeVisible();
        });
      });

      test.describe('in New York', () => {
        test.use({ timezoneId: 'America/New_York' });
        test('suggests everywhere else', async ({ page }) => {
          await page.goto(localeRoute(locale));
          await expect(page.getByText(t(locale, 'checker.suggest', { name: regionFacts(locale, 'elsewhere').place }))).toBeVisible();
        });
      });

      for (const value of ['hk', 'HK', 'hong-kong']) {
        test(`?region=${value} preselects Hong Kong`, async ({ page }) => {
          await page.goto(localeRoute(locale, `regions/?region=${value}`));
          await expect(checker(page)).toHaveValue('hong-kong');
          await expect(page.getByText(checkerAnswer(locale, 'hong-kong'))).toBeVisible();
        });
      }

      for (const value of ['nowhere', '<script>alert(1)</script>', '__proto__', 'constructor', 'hasOwnProperty']) {
        test(`?region=${value} gets a clear message and the full choice`, async ({ page }) => {
          let alerts = 0;
          page.on('dialog', (d) => {
            alerts++;
            void d.dismiss();
          });
          await page.goto(localeRoute(locale, `regions/?region=${encodeURIComponent(value)}`));
          await expect(page.getByRole('alert')).toContainText(t(locale, 'checker.unknown', { value }));
          await expect(checker(page)).toHaveValue('');
          // Every region page, then every other country and territory (e2e/checker-places.spec.ts has the details).
          await expect(checker(page).locator('optgroup:not(:last-child) option')).toHaveCount(regions.length);
          await expect(checker(page).locator('optgroup').last()).toHaveAttribute('label', t(locale, 'checker.otherPlaces'));
          await expect(page.locator('region-checker script')).toHaveCount(0);
          expect(alerts).toBe(0);
        });
      }

      // The home page answers for the UK in English and for Hong Kong in Chinese: two regions, two groups.
      const homeRegion = { en: 'united-kingdom', 'zh-hk': 'hong-kong' }[locale];
      test(`the home page checker answers inline (${homeRegion})`, async ({ page }) => {
        await page.goto(localeRoute(locale));
        await checker(page).selectOption(homeRegion);
        await page.getByRole('button', { name: t(locale, 'checker.submit') }).click();
        await expect(page.getByText(checkerAnswer(locale, homeRegion))).toBeVisible();
        const name = regionFacts(locale, homeRegion).place;
        await expect(page.getByRole('link', { name: `${t(locale, 'checker.readMore', { name })} →` })).toHaveAttribute(
          'href',
          new RegExp(`${localePath(locale, `regions/${homeRegion}/`)}$`),
        );
        await expectNoAxeViolations(page);
      });
    });

    // What each region page states without JavaScript (heading, date, answer, authorities, link to share) is read
    // from the build in e2e/built/regions.test.ts; so are the share images (e2e/built/pages.test.ts).
    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('every region is reachable from /regions/', async ({ page }) => {
        await page.goto(localeRoute(locale, 'regions/'));
        const list = page.getByRole('region', { name: t(locale, 'regions.all') });
        for (const r of regions) {
          await expect(list.getByRole('link', { name: r.name[locale], exact: true })).toHaveAttribute(
            'href',
            new RegExp(`${localePath(locale, `regions/${r.slug}/`)}$`),
          );
        }
        await expect(page.getByRole('combobox')).toBeHidden();
      });

      test('the home page offers region links instead of the checker', async ({ page }) => {
        await page.goto(localeRoute(locale));
        await expect(page.getByRole('link', { name: hk.name[locale], exact: true })).toBeVisible();
        await expect(page.getByRole('link', { name: t(locale, 'checker.allRegions') })).toBeVisible();
      });
    });

    for (const [alias, slug] of [
      ['hk', 'hong-kong'],
      ['uk', 'united-kingdom'],
      ['de', 'germany'],
    ]) {
      test(`/${localeRoute(locale, `regions/${alias}/`)} forwards to /${localeRoute(locale, `regions/${slug}/`)}`, async ({ page }) => {
        await page.goto(localeRoute(locale, `regions/${alias}/`));
        await expect(page).toHaveURL(new RegExp(`${localePath(locale, `regions/${slug}/`)}$`));
      });
    }

    test('the Share button copies the canonical URL and says so', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(localeRoute(locale, 'regions/hong-kong/'));
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      await page.getByRole('button', { name: t(locale, 'share.button') }).click();
      await expect(page.getByRole('status').filter({ hasText: t(locale, 'share.copied') })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    });
  });
}
