import { test, expect, expectNoAxeViolations } from './support/fixtures.ts';
import { t } from '../src/lib/ui.ts';
import { LOCALES, localePath, localeRoute, regionFacts } from './support/locales.ts';

// The full checker on /regions/ offers every ISO country and territory, not only the 35 region pages: each answers in
// its own name and leads to the page of the law that applies there.
const checker = (page: import('@playwright/test').Page) => page.locator('#region-checker-select');
const NAMES = {
  en: {
    india: 'India',
    us: 'United States',
    usInSentence: 'the United States',
    reunion: 'Réunion',
    faroe: 'Faroe Islands',
    china: 'China',
  },
  'zh-hk': { india: '印度', us: '美國', usInSentence: '美國', reunion: '留尼旺', faroe: '法羅群島', china: '中國內地' },
} as const;

for (const locale of LOCALES) {
  test.describe(locale, () => {
    const names = NAMES[locale];
    const elsewhere = regionFacts(locale, 'elsewhere');

    test('a country without a page of its own answers in its own name and leads to “everywhere else”', async ({ page }) => {
      await page.goto(localeRoute(locale, 'regions/'));
      await checker(page).selectOption({ label: names.india });
      await page.getByRole('button', { name: t(locale, 'checker.submit') }).click();
      await expect(page.getByText(t(locale, 'checker.answerAtTheLatest', { name: names.india, date: elsewhere.date }))).toBeVisible();
      await expect(page.getByRole('link', { name: `${t(locale, 'checker.readMore', { name: names.india })} →` })).toHaveAttribute(
        'href',
        new RegExp(`${localePath(locale, 'regions/elsewhere/')}$`),
      );
      await expectNoAxeViolations(page);
    });

    test('a territory follows the law that applies there, not its flag', async ({ page }) => {
      const france = regionFacts(locale, 'france');
      await page.goto(localeRoute(locale, 'regions/'));
      await checker(page).selectOption({ label: names.reunion });
      await page.getByRole('button', { name: t(locale, 'checker.submit') }).click();
      await expect(page.getByText(t(locale, 'checker.answer', { name: names.reunion, date: france.date }))).toBeVisible();
      await expect(page.getByRole('link', { name: `${t(locale, 'checker.readMore', { name: names.reunion })} →` })).toHaveAttribute(
        'href',
        new RegExp(`${localePath(locale, 'regions/france/')}$`),
      );
      await checker(page).selectOption({ label: names.faroe });
      await page.getByRole('button', { name: t(locale, 'checker.submit') }).click();
      await expect(page.getByText(t(locale, 'checker.answerAtTheLatest', { name: names.faroe, date: elsewhere.date }))).toBeVisible();
    });

    test('where LinkedIn’s texts do not settle a place, the answer says so', async ({ page }) => {
      await page.goto(localeRoute(locale, 'regions/'));
      await checker(page).selectOption({ label: names.china });
      await page.getByRole('button', { name: t(locale, 'checker.submit') }).click();
      await expect(page.getByText(t(locale, 'checker.answerUnsettled', { name: names.china }))).toBeVisible();
      await expect(page.getByRole('link', { name: `${t(locale, 'checker.readElsewhere')} →` })).toHaveAttribute(
        'href',
        new RegExp(`${localePath(locale, 'regions/elsewhere/')}$`),
      );
    });

    for (const value of ['in', 'IN', 'india', 'India']) {
      test(`?region=${value} answers for India`, async ({ page }) => {
        await page.goto(localeRoute(locale, `regions/?region=${value}`));
        await expect(checker(page)).toHaveValue('in');
        await expect(page.getByText(t(locale, 'checker.answerAtTheLatest', { name: names.india, date: elsewhere.date }))).toBeVisible();
      });
    }

    test.describe('in New York', () => {
      test.use({ timezoneId: 'America/New_York' });
      test('the full checker names the country the time zone suggests', async ({ page }) => {
        await page.goto(localeRoute(locale, 'regions/'));
        await expect(page.getByText(t(locale, 'checker.suggest', { name: names.usInSentence }))).toBeVisible();
        await page.getByRole('button', { name: t(locale, 'checker.useSuggestion', { name: names.usInSentence }) }).click();
        await expect(checker(page)).toHaveValue('us');
        await expect(page.getByText(t(locale, 'checker.answerAtTheLatest', { name: names.us, date: elsewhere.date }))).toBeVisible();
      });
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the full list stays a form and the links to every region page', async ({ page }) => {
    await page.goto('regions/');
    await expect(page.getByRole('link', { name: 'Everywhere else', exact: true })).toBeVisible();
    await expect(page.locator('region-checker form')).toHaveAttribute('method', 'get');
  });
});
