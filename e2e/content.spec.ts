import { test, expect, expectNoAxeViolations } from './support/fixtures.ts';
import { faqs } from '../src/data/faqs.ts';
import { timeline } from '../src/data/timeline.ts';
import { t } from '../src/data/ui.ts';
import { linkedinLabels, linkedinUrls, linkedinUrlText } from '../src/data/linkedin.ts';
import { dateSortKey, formatDate, formatMonth } from '../src/lib/dates.ts';
import { localeRecords } from '../src/lib/i18n.ts';
import { LOCALES, localePath, localeRoute } from './support/locales.ts';

const event = (id: string) => {
  const found = timeline.find((e) => e.id === id);
  if (!found) throw new Error(`no timeline event ${id} in src/data/timeline.ts`);
  return found;
};

const PAGES: [string, string, string[]][] = [
  ['', 'LinkedIn can train generative AI on your data. Switch it off.', ['Am I affected?', 'Switch it off in three steps', 'Read more']],
  [
    'pcpd-warning/',
    'The PCPD’s warning to LinkedIn users',
    ['Who the PCPD is', 'What it said, and when', 'Why it matters: consent under Hong Kong law', 'What the PCPD asks you to do'],
  ],
  ['timeline/', 'Timeline', [event('change-takes-effect').title.en, 'What happens next']],
  [
    'opt-out/',
    'How to switch off LinkedIn’s AI training',
    [
      'The quickest way: the direct link',
      'Step by step',
      'Check that it worked',
      'What switching it off does, and does not do',
      'The separate advertising setting',
      'Object formally: the Data Processing Objection form',
      'If you manage a Company Page',
    ],
  ],
  ['faq/', 'Frequently asked questions', ['Does LinkedIn use my private messages?', 'Can I undo training that already happened?']],
  ['why-now/', 'The bigger picture', ['“Peak data”', 'Not only LinkedIn']],
  ['sources/', 'Sources and corrections', ['Where press reports differ from the sources', 'LinkedIn', 'Corrections']],
];

for (const [path, h1, sections] of PAGES) {
  test(`/${path} has its heading and sections`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    for (const name of sections) await expect(page.getByRole('heading', { name, exact: true }).first()).toBeVisible();
  });
}

test('the opt-out page gives the real labels and the direct link', async ({ page }) => {
  await page.goto('opt-out/');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: linkedinUrlText('aiSetting') })).toHaveAttribute('href', linkedinUrls.aiSetting);
  await expect(main.getByText(linkedinLabels.aiSetting).first()).toBeVisible();
  await expect(main.getByText(linkedinLabels.aiToggle).first()).toBeVisible();
  // The press's names appear once, where they are corrected.
  expect(await main.getByText('Generative AI Data Enhancement').count()).toBe(1);
});

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
    for (const faq of faqs) {
      test(`FAQ anchor #${faq.id} exists and scrolls into view`, async ({ page }) => {
        await page.goto(localeRoute(locale, `faq/#${faq.id}`));
        const heading = page.getByRole('heading', { name: faq.question[locale], exact: true });
        await expect(heading).toHaveAttribute('id', faq.id);
        await expect(heading).toBeInViewport();
      });
    }

    test('the FAQ JSON-LD parses, is in the page’s language and matches the visible questions', async ({ page }) => {
      await page.goto(localeRoute(locale, 'faq/'));
      const raw = await page.locator('script[type="application/ld+json"]').textContent();
      const data = JSON.parse(raw ?? '{}') as {
        '@type': string;
        inLanguage: string;
        mainEntity: { name: string; url: string; acceptedAnswer: { text: string } }[];
      };
      expect(data['@type']).toBe('FAQPage');
      expect(data.inLanguage).toBe(localeRecords[locale].htmlLang);
      const visible = await page.locator('.faq-entry h2').allTextContents();
      expect(data.mainEntity.map((q) => q.name)).toEqual(visible);
      expect(visible).toEqual(faqs.map((f) => f.question[locale]));
      expect(data.mainEntity[0]?.url).toMatch(new RegExp(`${localePath(locale, 'faq/')}#${faqs[0]?.id}$`));
      for (const q of data.mainEntity) {
        expect(q.acceptedAnswer.text.length).toBeGreaterThan(40);
        expect(q.acceptedAnswer.text).not.toMatch(/\]\(|<a /);
      }
    });

    test('a FAQ “Copy link” copies the address of the answer’s own page', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const faq = faqs.find((f) => f.id === 'can-i-undo-it')!;
      await page.goto(localeRoute(locale, 'faq/'));
      await page.getByRole('link', { name: `${t(locale, 'faq.copyLink')}${t(locale, 'punct.colon')}${faq.question[locale]}` }).click();
      await expect(page.getByRole('status').filter({ hasText: t(locale, 'faq.copied') })).toBeVisible();
      const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(`${copied.pathname}${copied.hash}`).toMatch(new RegExp(`/${localeRoute(locale, `faq/${faq.id}/`)}$`));
    });

    test('the timeline is an ordered list in date order with valid datetimes, dated in the page’s language', async ({ page }) => {
      await page.goto(localeRoute(locale, 'timeline/'));
      const items = page.locator('ol.timeline > li');
      await expect(items).toHaveCount(timeline.length);
      const starts = await items.evaluateAll((lis) => lis.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? ''));
      for (const d of starts) expect(d).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      const keys = starts.map(dateSortKey);
      expect([...keys].sort()).toEqual(keys);
      expect(starts[0]).toBe(timeline[0]?.date);
      // A day, a month-to-month period and a label of the data's own ("Late October 2025", "2025年10月下旬").
      const effect = event('change-takes-effect');
      await expect(page.locator(`#${effect.id} time`)).toHaveText(formatDate(effect.date, locale));
      const engagement = event('pcpd-engagement');
      await expect(page.locator(`#${engagement.id} time`)).toHaveText([
        formatMonth(engagement.date, locale),
        formatMonth(engagement.endDate ?? '', locale),
      ]);
      const reminder = event('pcpd-reminder');
      await expect(page.locator(`#${reminder.id} time`)).toHaveText(reminder.dateLabel?.[locale] ?? '');
    });

    test('the timeline reads fully with JavaScript off', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(new URL(localeRoute(locale, 'timeline/'), test.info().project.use.baseURL).href);
      await expect(page.locator('ol.timeline > li')).toHaveCount(timeline.length);
      await expect(page.getByRole('heading', { name: event('change-takes-effect').title[locale] })).toBeVisible();
      await context.close();
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
  test(`${locale}: opt-out steps stay a list for screen readers, and the platform tabs are labelled in the page’s language`, async ({
    page,
  }) => {
    await page.goto(localeRoute(locale, 'opt-out/'));
    // Safari drops list semantics when markers are hidden; role="list" keeps "list, 4 items" in VoiceOver.
    await expect(page.locator('.steps > ol').first()).toHaveAttribute('role', 'list');
    expect(await page.locator('.steps > ol:not([role="list"])').count()).toBe(0);
    await expect(page.getByRole('tablist', { name: t(locale, 'tabs.platform') })).toBeAttached();
  });
}
