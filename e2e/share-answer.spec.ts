import { test, expect } from './support/fixtures.ts';
import type { Locator } from '@playwright/test';
import { LOCALES, localePath, localeRoute } from './support/locales.ts';
import { t } from '../src/lib/ui.ts';
import { faqs } from '../src/data/faqs.ts';
import { linkedinSettingUrl } from '../src/data/linkedin.ts';
import { cardAnswer } from '../src/lib/shortAnswer.ts';
import { onceAPageTerms } from '../src/data/chineseStyle.ts';
import { plainText } from '../src/lib/inlineMarkup.ts';

// Someone shares one FAQ answer: from the FAQ, the answer's "Copy link" gives the answer's own page; that page opens on
// the question, with its own preview, the answer and its sources, the button to the setting, the controls to share it
// again, and the way back to the whole FAQ. Without JavaScript it is all there, the link to share included.
const faq = faqs.find((f) => f.id === 'can-i-undo-it')!;

async function expectThumbTarget(control: Locator) {
  const box = await control.boundingBox();
  expect(box, 'rendered').not.toBeNull();
  expect(box!.width, 'at least 44 px wide').toBeGreaterThanOrEqual(44);
  expect(box!.height, 'at least 44 px high').toBeGreaterThanOrEqual(44);
}

for (const locale of LOCALES) {
  test.describe(locale, () => {
    const question = faq.question[locale];
    const answerRoute = localeRoute(locale, `faq/${faq.id}/`);

    test('the FAQ’s “Copy link” copies the answer’s own page, and that page shares itself', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(localeRoute(locale, 'faq/'));
      const copy = page.getByRole('link', { name: `${t(locale, 'faq.copyLink')}${t(locale, 'punct.colon')}${question}` });
      await expectThumbTarget(copy);
      await copy.click();
      await expect(page.getByRole('status').filter({ hasText: t(locale, 'share.copied') })).toBeVisible();
      const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(copied.pathname).toMatch(new RegExp(`${localePath(locale, `faq/${faq.id}/`)}$`));
      expect(copied.hash).toBe('');

      // The copied link opens the answer, with a preview of its own.
      await page.goto(copied.pathname.replace(/^\//, '').replace(/^.*?(?=(zh-hk\/)?faq\/)/, ''));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', question);
      await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
        'content',
        // A preview leads with the question, so it says what the answer is about.
        `${question}${t(locale, 'punct.space')}${cardAnswer(faq.card[locale], locale)}`,
      );
      await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
        'content',
        new RegExp(`/og/${locale === 'en' ? '' : 'zh-hk-'}faq-${faq.id}\\.png$`),
      );
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
      expect(canonical).toBe(copied.href);
      await expect(page.getByRole('link', { name: t(locale, 'cta.switchOff') })).toHaveAttribute('href', linkedinSettingUrl);
      await expect(page.getByRole('link', { name: t(locale, 'faq.allQuestions') })).toHaveAttribute(
        'href',
        new RegExp(`${localePath(locale, 'faq/')}#${faq.id}$`),
      );

      // Share and Copy link on the answer page: thumb-sized, and they hand over this page's address.
      const share = page.getByRole('button', { name: t(locale, 'faq.shareAnswer') });
      const copyHere = page.getByRole('button', { name: t(locale, 'share.copyLink') });
      await expectThumbTarget(share);
      await expectThumbTarget(copyHere);
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await copyHere.click();
      await expect(page.getByRole('status').filter({ hasText: t(locale, 'share.copied') })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
      // Where the browser has a share sheet, the share control offers it this page.
      await page.evaluate(() => {
        (window as unknown as { shared?: ShareData | undefined }).shared = undefined;
        navigator.share = async (data?: ShareData) => {
          (window as unknown as { shared?: ShareData | undefined }).shared = data;
        };
        navigator.canShare = () => true;
      });
      await share.click();
      expect(await page.evaluate(() => (window as unknown as { shared?: ShareData | undefined }).shared)).toEqual({
        url: canonical,
        title: question,
      });
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test('the answer page is whole: question, answer, sources, the button, the link to share, the way back', async ({ page }) => {
        await page.goto(answerRoute);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
        // The page explains a name at its first mention in a sentence (領英（LinkedIn）); the answer's own words are the data's.
        let shown = (await page.locator('main').textContent()) ?? '';
        for (const term of Object.values(onceAPageTerms))
          if ('writtenPlainly' in term && term.writtenPlainly === 'inProse')
            shown = shown.replace(plainText(term.first, locale), term.later);
        expect(shown).toContain(plainText(faq.answer[locale][0] ?? '', locale));
        await expect(page.getByRole('link', { name: t(locale, 'cta.switchOff') })).toBeVisible();
        await expect(page.getByRole('heading', { name: t(locale, 'cite.sources') })).toBeVisible();
        const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
        await expect(page.getByText(canonical, { exact: true })).toBeVisible();
        await expect(page.getByRole('link', { name: t(locale, 'faq.allQuestions') })).toBeVisible();
      });
    });
  });
}
