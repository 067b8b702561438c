import { test, expect } from './support/fixtures.ts';
import { entryPages, rel, templatePages } from './support/site.ts';
import { t } from '../src/lib/ui.ts';
import { linkedinSettingUrl } from '../src/data/linkedin.ts';
import { ANSWER_MOST, answerWeight } from '../src/lib/shortAnswer.ts';

// Entry pages: where shared links land. The answer and the button to LinkedIn's setting must be on the first screen.
// Laid out once per template and language (home, opt-out, one region page per group); how long every entry page's
// answer is, and that the list holds every one of them, is read from the build in e2e/built/pages.test.ts.
const templates = new Set(templatePages());
const laidOut = entryPages().filter((p) => templates.has(p));
const phones = [
  { width: 390, height: 844 },
  { width: 320, height: 568 },
];

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });
    for (const path of laidOut) {
      test(`${path}: answer and button on the first screen of a phone`, async ({ page }) => {
        const locale = path.startsWith('/zh-hk/') ? 'zh-hk' : 'en';
        for (const size of phones) {
          await page.setViewportSize(size);
          await page.goto(rel(path));
          const button = page.getByRole('link', { name: t(locale, 'cta.switchOff'), exact: true });
          await expect(button).toHaveAttribute('href', linkedinSettingUrl);
          const answer = page.locator('main [data-part="page-answer"]');
          const words = ((await answer.textContent()) ?? '').trim();
          expect(answerWeight(words, locale), words).toBeLessThanOrEqual(ANSWER_MOST[locale]);
          for (const [what, el] of [
            ['answer', answer],
            ['button', button],
          ] as const) {
            const box = await el.boundingBox();
            expect(box, `${what} is laid out`).not.toBeNull();
            expect(box!.y + box!.height, `${what} bottom at ${size.width}×${size.height}`).toBeLessThanOrEqual(size.height);
          }
          expect(await page.evaluate(() => window.scrollY)).toBe(0);
        }
      });
    }
  });
}
