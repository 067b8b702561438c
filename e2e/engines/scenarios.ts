import assert from 'node:assert/strict';
import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';
import { t } from '../../src/lib/ui.ts';
import { faqs } from '../../src/data/faqs.ts';
import { regions } from '../../src/data/regions.ts';
import { updates } from '../../src/data/updates.ts';
import { updatesFor, updateAnchor } from '../../src/lib/updateFeed.ts';
import { linkedinSettingUrl } from '../../src/data/linkedin.ts';
import { formatSince } from '../../src/lib/dates.ts';
import { localeRecords, localizePath, locales, type Locale } from '../../src/lib/i18n.ts';
import type { EnginePage } from '../../tools/browsers/driver.ts';

/**
 * The smoke scenarios, written once and run in every engine (Chromium, Gecko, WebKit) by e2e/engines/smoke.test.ts.
 * Each step is what a reader does; the text comes from the site's own data, so both languages run the same steps.
 */
export interface Scenario {
  name: string;
  run(page: EnginePage): Promise<void>;
}

const path = (locale: Locale, route: string) => localizePath(route, locale).replace(/^\//, '');

/** Polls the page until `check` holds or 10 s pass; returns the last value for the assertion message. */
export async function waitFor<A, R>(
  page: EnginePage,
  what: string,
  fn: (arg: A) => R,
  arg: A,
  check: (value: Awaited<R>) => boolean,
): Promise<Awaited<R>> {
  const deadline = Date.now() + 10_000;
  let value = await page.evaluate(fn, arg);
  while (!check(value)) {
    if (Date.now() > deadline) assert.fail(`${what}: still ${JSON.stringify(value)} after 10 s`);
    await new Promise((r) => setTimeout(r, 100));
    value = await page.evaluate(fn, arg);
  }
  return value;
}

/**
 * Waits until an island's custom element is defined: its connectedCallback has then run, so what the page shows is
 * the browser's work, not the build's HTML that was there before.
 */
function islandReady(page: EnginePage, tag: string) {
  return waitFor(
    page,
    `<${tag}> defined`,
    (name) => customElements.get(name) !== undefined,
    tag,
    (defined) => defined,
  );
}

const hongKong = regions.find((r) => r.slug === 'hong-kong')!;
const hongKongRoute = `/regions/${hongKong.slug}/`;

/**
 * Records what the page copies instead of handing it to the system clipboard, which engines under automation grant
 * differently (or not at all): the scenario checks which address the page chose to copy.
 */
const recordCopies = () => {
  const copies: string[] = [];
  (window as unknown as { copies: string[] }).copies = copies;
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        copies.push(text);
      },
    },
  });
};
const readCopied = () => (window as unknown as { copies?: string[] }).copies?.[0] ?? '';
const canada = regions.find((r) => r.slug === 'canada')!;
const undo = faqs.find((f) => f.id === 'can-i-undo-it')!;

/**
 * What Hong Kong's calendar says at an instant, by date-fns rather than the site's own date code: an independent
 * oracle for the days since the change and the "as of" date.
 */
function hongKongCalendar(instant: Date): { days: number; date: string } {
  const zone = hongKong.timeZone;
  const [y, m, d] = hongKong.trainingSince.split('-').map(Number) as [number, number, number];
  const now = new TZDate(instant, zone);
  return { days: differenceInCalendarDays(now, new TZDate(y, m - 1, d, zone)), date: now.toISOString().slice(0, 10) };
}

const readCountdown = () => {
  const count = document.querySelector('since-countdown [data-part="count"]')?.textContent ?? '';
  const asOf = document.querySelector('since-countdown time[data-part="asof-date"]')?.getAttribute('datetime') ?? '';
  return { count, asOf };
};

export const scenarios: Scenario[] = [
  ...locales.map((locale): Scenario => ({
    name: `${path(locale, '/') || '/'}: the countdown shows the days since the change, counted by this browser`,
    async run(page) {
      const before = hongKongCalendar(new Date());
      await page.goto(path(locale, '/'));
      await islandReady(page, 'since-countdown');
      const { count, asOf } = await page.evaluate(readCountdown, undefined);
      const after = hongKongCalendar(new Date());
      // Hong Kong's midnight may fall between the two readings: either side is right.
      const digits = count.replace(/[^\d]/g, '');
      const days = digits ? Number(digits) : Number.NaN;
      assert.ok(days === before.days || days === after.days, `count “${count}”, expected ${after.days} days`);
      assert.equal(
        count,
        t(locale, days === 1 ? 'unit.day.one' : 'unit.day.other', { n: days.toLocaleString(locale === 'en' ? 'en-GB' : 'zh-HK') }),
      );
      assert.ok(asOf === before.date || asOf === after.date, `“as of” datetime “${asOf}”, expected ${after.date}`);
    },
  })),
  ...locales.map((locale): Scenario => ({
    name: `${path(locale, '/') || '/'}: the region checker answers with the region’s own link`,
    async run(page) {
      await page.goto(path(locale, '/'));
      await islandReady(page, 'region-checker');
      await page.select({ role: 'combobox', name: t(locale, 'checker.label') }, canada.name[locale]);
      await page.click({ role: 'button', name: t(locale, 'checker.submit') });
      const more = await waitFor(
        page,
        'answer link',
        (name) =>
          [...document.querySelectorAll<HTMLAnchorElement>('region-checker [data-part="answer"] a')].find((a) =>
            a.textContent?.includes(name),
          )?.pathname ?? '',
        t(locale, 'checker.readMore', { name: canada.name[locale] }),
        (href) => href !== '',
      );
      assert.ok(more.endsWith(`${path(locale, '/regions/canada/')}`), more);
    },
  })),
  ...locales.map((locale): Scenario => ({
    name: `${path(locale, '/regions/')}?region=india: the full checker answers for a country without a page of its own`,
    async run(page) {
      // Named as the build names it: CLDR in this Node (src/lib/countries.ts).
      const india = new Intl.DisplayNames([localeRecords[locale].htmlLang], { type: 'region' }).of('IN') ?? 'IN';
      await page.goto(`${path(locale, '/regions/')}?region=india`);
      await islandReady(page, 'region-checker');
      const answer = await waitFor(
        page,
        'answer',
        (name) => {
          const link = [...document.querySelectorAll<HTMLAnchorElement>('region-checker [data-part="answer"] a')].find((a) =>
            a.textContent?.startsWith(name),
          );
          return { text: document.querySelector('region-checker [data-part="answer"] p')?.textContent ?? '', href: link?.pathname ?? '' };
        },
        t(locale, 'checker.readMore', { name: india }),
        (value) => value.href !== '',
      );
      assert.ok(answer.href.endsWith(path(locale, '/regions/elsewhere/')), answer.href);
      const elsewhere = regions.find((r) => r.slug === 'elsewhere')!;
      assert.equal(
        answer.text,
        t(locale, 'checker.answerAtTheLatest', { name: india, date: formatSince(elsewhere.trainingSince, true, locale) }),
      );
    },
  })),
  ...locales.map((locale): Scenario => ({
    name: `${path(locale, '/') || '/'}?region=gb: the answer comes into view with the button to the setting and the region page`,
    async run(page) {
      await page.setViewport(390, 844);
      await page.goto(`${path(locale, '/')}?region=gb`);
      await islandReady(page, 'region-checker');
      const uk = regions.find((r) => r.slug === 'united-kingdom')!;
      const more = `${t(locale, 'checker.readMore', { name: uk.nameInSentence?.[locale] ?? uk.name[locale] })} →`;
      // Smooth scrolling takes a moment where motion is allowed: wait until the answer has arrived on the screen.
      const answer = await waitFor(
        page,
        'answer on the screen, with its actions',
        ({ switchOff, more }) => {
          const box = document.querySelector('region-checker [data-part="answer"]');
          const links = [...(box?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
          const rect = box?.getBoundingClientRect();
          const label = document.querySelector('region-checker label')?.getBoundingClientRect();
          return {
            button: links.find((a) => a.textContent?.trim() === switchOff)?.href ?? '',
            region: links.find((a) => a.textContent?.trim() === more)?.pathname ?? '',
            inView: !!rect && rect.height > 0 && rect.top >= 0 && rect.top < innerHeight,
            questionInView: !!label && label.top >= 0 && label.bottom <= innerHeight,
          };
        },
        { switchOff: t(locale, 'cta.switchOff'), more },
        (value) => value.inView && value.region !== '',
      );
      assert.equal(answer.button, linkedinSettingUrl);
      assert.ok(answer.region.endsWith(path(locale, '/regions/united-kingdom/')), answer.region);
      assert.ok(answer.questionInView, 'the checker’s question stays on the screen above its answer');
    },
  })),
  {
    name: 'the search dialog finds results (Pagefind’s WebAssembly)',
    async run(page) {
      await page.goto('');
      // The search code loads on intent, so there is no island to wait for: only the trigger, which marks the link once
      // it opens the dialog.
      await waitFor(
        page,
        'the search control opens a dialog',
        () => document.querySelector('[data-search-trigger]')?.getAttribute('aria-haspopup') ?? '',
        undefined,
        (v) => v === 'dialog',
      );
      await page.click({ role: 'link', name: t('en', 'nav.search'), within: { role: 'navigation', name: t('en', 'nav.label') } });
      await page.type(
        { role: 'searchbox', name: t('en', 'search.label'), within: { role: 'dialog', name: t('en', 'nav.search') } },
        'private messages',
      );
      const results = await waitFor(
        page,
        'results in the dialog',
        () => document.querySelectorAll('dialog[open] .result a').length,
        undefined,
        (n) => n > 0,
      );
      assert.ok(results > 0);
    },
  },
  ...locales.map((locale): Scenario => ({
    name: `${path(locale, '/search/')}?q=: a shared search runs on arrival and puts the answer first`,
    async run(page) {
      // A country the guide also mentions on other pages: the field index's ranking, not Pagefind's order, puts its page first.
      const query = locale === 'en' ? 'United States' : '美國';
      await page.goto(`${path(locale, '/search/')}?q=${encodeURIComponent(query)}`);
      const first = await waitFor(
        page,
        'first result',
        () => document.querySelector('guide-search .result a')?.getAttribute('href') ?? '',
        undefined,
        (h) => h !== '',
      );
      assert.ok(first.replace(/\?[^#]*/, '').endsWith(path(locale, '/regions/elsewhere/')), first);
      const box = await page.evaluate(
        () => document.querySelector<HTMLInputElement>('guide-search input[type="search"]')?.value,
        undefined,
      );
      assert.equal(box, query);
    },
  })),
  ...locales.map((locale): Scenario => ({
    name: `${path(locale, '/faq/')}: “Copy link” copies the address of the answer’s own page`,
    async run(page) {
      await page.goto(path(locale, '/faq/'));
      await islandReady(page, 'faq-links');
      await page.evaluate(recordCopies, undefined);
      await page.click({ role: 'link', name: `${t(locale, 'faq.copyLink')}${t(locale, 'punct.colon')}${undo.question[locale]}` });
      const copied = await waitFor(page, 'copied address', readCopied, undefined, (c) => c !== '');
      assert.ok(new URL(copied).pathname.endsWith(path(locale, `/faq/${undo.id}/`)), copied);
    },
  })),
  ...locales.map((locale): Scenario => ({
    name: `${path(locale, `/faq/${undo.id}/`)}: the answer page’s “Copy link” copies its own address`,
    async run(page) {
      await page.goto(path(locale, `/faq/${undo.id}/`));
      await islandReady(page, 'share-button');
      await page.evaluate(recordCopies, undefined);
      await page.click({ role: 'button', name: t(locale, 'share.copyLink') });
      const copied = await waitFor(page, 'copied address', readCopied, undefined, (c) => c !== '');
      const canonical = await page.evaluate(() => document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '', undefined);
      assert.equal(copied, canonical);
      const status = await waitFor(
        page,
        'status',
        () => document.querySelector('share-button [role="status"]')?.textContent ?? '',
        undefined,
        (s) => s !== '',
      );
      assert.equal(status, t(locale, 'share.copied'));
    },
  })),
  ...locales.map((locale): Scenario => {
    const oldest = updatesFor(hongKongRoute).at(-1)!;
    const anchor = updateAnchor(updates.indexOf(oldest), oldest.date);
    return {
      name: `${path(locale, hongKongRoute)}#${anchor}: a feed’s link to an entry opens the list of updates at it`,
      async run(page) {
        await page.goto(`${path(locale, hongKongRoute)}#${anchor}`);
        await islandReady(page, 'page-updates');
        const shown = await waitFor(
          page,
          'the entry shown',
          (id) => {
            const entry = document.getElementById(id);
            return { open: entry?.closest('details')?.open ?? false, boxes: entry?.getClientRects().length ?? 0 };
          },
          anchor,
          (v) => v.open && v.boxes > 0,
        );
        assert.deepEqual(shown.open, true);
      },
    };
  }),
];
