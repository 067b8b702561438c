import { test, expect, expectNoAxeViolations } from './support/fixtures.ts';
import { faqs } from '../src/data/faqs.ts';
import { t } from '../src/lib/ui.ts';
import { LOCALES, localeRoute } from './support/locales.ts';

// What the pages say (headings, the FAQ's anchors and JSON-LD, the timeline, the opt-out page's labels and lists) is
// read from the build in e2e/built/content.test.ts and e2e/built/pages.test.ts; here, what only a browser shows.

test('platform tabs switch by keyboard, and all platforms show without JavaScript', async ({ page, browser }) => {
  await page.goto('opt-out/');
  const web = page.getByRole('tab', { name: 'Website' });
  await expect(web).toHaveAttribute('aria-selected', 'true');
  await web.focus();
  await page.keyboard.press('ArrowRight');
  const ios = page.getByRole('tab', { name: 'iPhone app' });
  await expect(ios).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'iPhone app' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'On the LinkedIn website' })).toBeHidden();
  await expectNoAxeViolations(page);

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(page.url());
  for (const name of ['On the LinkedIn website', 'In the iPhone app', 'In the Android app']) {
    await expect(plain.getByRole('heading', { name })).toBeVisible();
  }
  await expect(plain.getByRole('tab')).toHaveCount(0);
  await noJs.close();
});

test('a link to a platform opens its tab', async ({ page }) => {
  await page.goto('opt-out/#android');
  await expect(page.getByRole('tab', { name: 'Android app' })).toHaveAttribute('aria-selected', 'true');
});

for (const locale of LOCALES) {
  test.describe(locale, () => {
    test('a FAQ “Copy link” copies the address of the answer’s own page', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const faq = faqs.find((f) => f.id === 'can-i-undo-it')!;
      await page.goto(localeRoute(locale, 'faq/'));
      await page.getByRole('link', { name: `${t(locale, 'faq.copyLink')}${t(locale, 'punct.colon')}${faq.question[locale]}` }).click();
      await expect(page.getByRole('status').filter({ hasText: t(locale, 'share.copied') })).toBeVisible();
      const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(`${copied.pathname}${copied.hash}`).toMatch(new RegExp(`/${localeRoute(locale, `faq/${faq.id}/`)}$`));
    });
  });
}

test('printing the opt-out page prints every platform’s steps and no navigation', async ({ page }) => {
  await page.goto('opt-out/');
  await page.emulateMedia({ media: 'print' });
  for (const name of ['On the LinkedIn website', 'In the iPhone app', 'In the Android app']) {
    await expect(page.getByRole('heading', { name })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('tablist')).toBeHidden();
});

for (const locale of LOCALES) {
  test(`${locale}: the platform tabs are labelled in the page’s language`, async ({ page }) => {
    await page.goto(localeRoute(locale, 'opt-out/'));
    await expect(page.getByRole('tablist', { name: t(locale, 'tabs.platform') })).toBeAttached();
  });
}
