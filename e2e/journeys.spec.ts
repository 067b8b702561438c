import { test, expect } from './support/fixtures.ts';
import { t } from '../src/lib/ui.ts';
import { linkedinAppRoute, linkedinLabelMeanings, linkedinLabels, linkedinSettingUrl } from '../src/data/linkedin.ts';
import { startOfDayIn } from '../src/lib/timeSince.ts';
import { LOCALES, checkerAnswer, countdownStatement, localePath, localeRoute, region, regionFacts, unit } from './support/locales.ts';
import type { Locale } from '../src/lib/i18n.ts';

// Issue 24: a reader's way from a shared link to the switched-off setting, on a phone, in both languages. What the
// build must hold for every page of a template is read from dist/ in e2e/built/journeys.test.ts.
const phone = { width: 390, height: 844 };
const hk = region('hong-kong');
const DAY = 86_400_000;

/** The line beside a button to the setting, as a reader sees it, from the data it is made of. */
/** The line beside a button; a label the page has explained above it (`before`, the answer's text) stays bare. */
function inAppLine(locale: Locale, before = ''): string {
  const label = (name: keyof typeof linkedinLabels) => {
    const glossed =
      linkedinLabels[name] +
      (locale === 'en' ? '' : t(locale, 'punct.open') + linkedinLabelMeanings[locale][name] + t(locale, 'punct.close'));
    return before.includes(glossed) ? linkedinLabels[name] : glossed;
  };
  return t(locale, 'cta.inApp', {
    path: linkedinAppRoute.map(label).join(t(locale, 'punct.path')),
    toggle: label('aiToggle'),
    off: label('off'),
  });
}

for (const locale of LOCALES) {
  test.describe(locale, () => {
    test.use({ viewport: phone });

    test.describe('a "since" that says whose clock', () => {
      // A reader in London, a year and a month after the change in Hong Kong.
      test.use({ timezoneId: 'Europe/London' });
      const now = new Date(startOfDayIn(hk.trainingSince, hk.timeZone).getTime() + 400 * DAY + 10 * 3_600_000);

      test('the home page says the date is Hong Kong’s, leads everyone else to the checker, and does not move', async ({
        page,
        browser,
      }) => {
        await page.clock.install({ time: now });
        await page.goto(localeRoute(locale));
        const box = page.locator('since-countdown');
        await expect(box).toContainText(countdownStatement(locale, 'hong-kong', 'countdown.since', unit(locale, 'day', 400)));
        // The box with the browser's count takes exactly the room of the build's, which readers without scripts see.
        const enhanced = await box.boundingBox();
        const plain = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
        const plainPage = await plain.newPage();
        await plainPage.goto(new URL(localeRoute(locale), test.info().project.use.baseURL).href);
        const built = await plainPage.locator('since-countdown').boundingBox();
        await plain.close();
        expect(enhanced?.height).toBe(built?.height);
        expect(enhanced?.y).toBe(built?.y);
        // Everyone else: one tap to the checker.
        await box.getByRole('link', { name: t(locale, 'countdown.elsewhereLink') }).click();
        await expect(page.getByRole('heading', { name: t(locale, 'nav.affected') })).toBeInViewport();
        await expect(page.getByRole('combobox', { name: t(locale, 'checker.label') })).toBeInViewport();
      });
    });

    test.describe('after the tap', () => {
      for (const route of ['', 'opt-out/', 'regions/germany/', 'regions/']) {
        test(`/${localeRoute(locale, route)}: the button says what to do if the LinkedIn app opens instead`, async ({ page }) => {
          await page.goto(localeRoute(locale, route));
          const button = page.getByRole('link', { name: t(locale, 'cta.switchOff'), exact: true });
          await expect(button).toHaveAttribute('href', linkedinSettingUrl);
          const line = page.locator('[data-part="setting-button"]').filter({ has: button }).locator('[data-part="in-app"]');
          await expect(line).toBeVisible();
          const answer = page.locator('main [data-part="page-answer"]');
          const before = (await answer.count()) ? ((await answer.textContent()) ?? '') : '';
          await expect(line).toContainText(inAppLine(locale, before));
          // LinkedIn's labels in English, said in English on a Chinese page.
          if (locale !== 'en') await expect(line.locator('[lang="en"]', { hasText: linkedinLabels.dataPrivacy })).toHaveCount(1);
          // Cited as the opt-out page's app steps are: the line leads to the passages on /sources/.
          const sources = line.getByRole('link');
          expect(await sources.count()).toBeGreaterThanOrEqual(2);
          await expect(sources.first()).toHaveAttribute('href', new RegExp(`${localePath(locale, 'sources/')}#`));
        });
      }
    });

    test.describe('every answer leads to the action', () => {
      test.use({ reducedMotion: 'reduce' });
      const gb = 'united-kingdom';

      test('/?region=gb brings its answer into view, with the button and the region’s page', async ({ page }) => {
        await page.goto(`${localeRoute(locale)}?region=gb`);
        const answer = page.locator('region-checker [data-part="answer"]');
        const button = answer.getByRole('link', { name: t(locale, 'cta.switchOff'), exact: true });
        // On the screen: the answer and its button, and, not scrolled past, the heading of the question it answers.
        await expect(answer.getByText(checkerAnswer(locale, gb))).toBeInViewport({ ratio: 1 });
        await expect(button).toBeInViewport({ ratio: 1 });
        await expect(page.getByRole('heading', { name: t(locale, 'nav.affected') })).toBeInViewport({ ratio: 1 });
        await expect(answer).toBeFocused();
        await expect(button).toHaveAttribute('href', linkedinSettingUrl);
        await expect(answer.locator('[data-part="in-app"]')).toContainText(inAppLine(locale));
        await expect(
          answer.getByRole('link', { name: `${t(locale, 'checker.readMore', { name: regionFacts(locale, gb).place })} →` }),
        ).toHaveAttribute('href', new RegExp(`${localePath(locale, `regions/${gb}/`)}$`));
        // The next Tab from the answer is its button.
        await page.keyboard.press('Tab');
        await expect(button).toBeFocused();
      });

      test.describe('on a device in Hong Kong', () => {
        test.use({ timezoneId: 'Asia/Hong_Kong' });
        test('/regions/?region=de answers for Germany with no empty band where a suggestion would be', async ({ page }) => {
          await page.goto(`${localeRoute(locale, 'regions/')}?region=de`);
          const answer = page.locator('region-checker [data-part="answer"]');
          await expect(answer.getByText(checkerAnswer(locale, 'germany'))).toBeInViewport({ ratio: 1 });
          const button = answer.getByRole('link', { name: t(locale, 'cta.switchOff'), exact: true });
          await expect(button).toBeInViewport({ ratio: 1 });
          await expect(button).toHaveAttribute('href', linkedinSettingUrl);
          // Between the hint and the list: the slot's own margin, no room kept for a suggestion nobody gets.
          const hint = await page.getByText(t(locale, 'checker.hint')).boundingBox();
          const select = await page.getByRole('combobox', { name: t(locale, 'checker.label') }).boundingBox();
          expect(select!.y - (hint!.y + hint!.height)).toBeLessThan(32);
        });
      });

      test('a ?region= link to a country without its own page, on the home page, is answered by the full checker', async ({ page }) => {
        await page.goto(`${localeRoute(locale, '')}?region=india`);
        await expect(page).toHaveURL(new RegExp(`${localePath(locale, 'regions/')}\\?region=india$`));
        const answer = page.locator('region-checker [data-part="answer"]');
        await expect(answer.getByRole('link', { name: t(locale, 'cta.switchOff'), exact: true })).toBeInViewport();
      });

      test('the 404 page’s checker answers with the button and the region’s page', async ({ page, guard }) => {
        guard.allowConsoleErrors(/404 \(Not Found\)/);
        // Each language's 404 page leads with its own checker; a host serves the nearest one to an unknown address.
        await page.goto(locale === 'en' ? 'no-such-page/' : `${locale}/404.html`);
        await page.getByRole('combobox', { name: t(locale, 'checker.label') }).selectOption('hong-kong');
        await page.getByRole('button', { name: t(locale, 'checker.submit') }).click();
        const answer = page.locator('region-checker [data-part="answer"]');
        await expect(answer.getByRole('link', { name: t(locale, 'cta.switchOff'), exact: true })).toHaveAttribute(
          'href',
          linkedinSettingUrl,
        );
        await expect(
          answer.getByRole('link', { name: `${t(locale, 'checker.readMore', { name: regionFacts(locale, 'hong-kong').place })} →` }),
        ).toBeVisible();
      });

      test('/regions/ has the button to the setting, with and without JavaScript', async ({ page, browser }) => {
        for (const javaScriptEnabled of [true, false]) {
          const context = javaScriptEnabled ? page.context() : await browser.newContext({ javaScriptEnabled, viewport: phone });
          const tab = javaScriptEnabled ? page : await context.newPage();
          await tab.goto(new URL(localeRoute(locale, 'regions/'), test.info().project.use.baseURL).href);
          await expect(tab.getByRole('link', { name: t(locale, 'cta.switchOff'), exact: true })).toHaveAttribute(
            'href',
            linkedinSettingUrl,
          );
          if (!javaScriptEnabled) await context.close();
        }
      });
    });
  });
}
