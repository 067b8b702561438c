import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages, mainOf, plainText, textsOf } from '../support/site.ts';
import { authorityLabel, complaintHref } from '../../src/lib/authorities.ts';
import { regions } from '../../src/data/regions.ts';
import { unsettledPlaces } from '../../src/data/places.ts';
import { countryNames } from '../../src/lib/countries.ts';
import { formatDate, formatSince } from '../../src/lib/dates.ts';
import { t } from '../../src/lib/ui.ts';

// Reads the build: what region pages say where the sources set limits on it.
const pages = new Map(builtPages().map((p) => [p.path, p.html]));
const localePrefix = { en: '', 'zh-hk': '/zh-hk' } as const;
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('the step about sharing with Microsoft for ads appears only where LinkedIn’s help page places that sharing', () => {
  // LinkedIn Help a1397243: "Outside EU/EEA/Switzerland, LinkedIn shares your information with Microsoft …"
  for (const r of regions) {
    const outsideEurope = !['eu', 'eea', 'switzerland'].includes(r.group);
    for (const prefix of Object.values(localePrefix)) {
      const html = pages.get(`${prefix}/regions/${r.slug}/`);
      assert.ok(html, r.slug);
      const hasStep = html.includes('data-cite="linkedin-help-data-sharing#');
      assert.equal(hasStep, outsideEurope, `${prefix}/regions/${r.slug}/`);
    }
  }
});

test('everywhere else is “at the latest” wherever its date is shown, and its list leaves out what the sources do not settle', () => {
  const elsewhere = regions.find((r) => r.group === 'elsewhere');
  assert.ok(elsewhere?.trainingSinceAtTheLatest);
  const unsettled = countryNames().filter((c) => unsettledPlaces.has(c.code));
  assert.ok(unsettled.length > 0);
  for (const locale of ['en', 'zh-hk'] as const) {
    const date = formatSince(elsewhere.trainingSince, true, locale);
    const index = text(pages.get(`${localePrefix[locale]}/regions/`) ?? '');
    assert.ok(index.includes(t(locale, 'regions.sinceAtTheLatest', { date })), `${locale} /regions/`);
    // The day is when LinkedIn disclosed the training, not when it began: no "since" sentence may start there (a page's
    // list of updates may quote the old wording in a correction).
    const day = formatDate(elsewhere.trainingSince, locale);
    const sinceTheDay = t(locale, 'regions.sinceAtTheLatest', { date: day });
    for (const [url, html] of pages) {
      const withoutUpdates = html.replace(/<section[^>]*aria-labelledby="page-updates"[\s\S]*?<\/section>/, '');
      assert.ok(!withoutUpdates.includes(sinceTheDay), `${url}: “${sinceTheDay}”`);
    }
    const page = pages.get(`${localePrefix[locale]}/regions/elsewhere/`) ?? '';
    const list = page.match(/<details[\s\S]*?<\/details>/)?.[0] ?? '';
    const listed = list.match(/<p class="mt-2 mb-0 text-sm">([^<]*)<\/p>/)?.[1] ?? '';
    assert.ok(listed.length > 100, 'the list of places');
    for (const c of unsettled)
      assert.ok(!listed.split(t(locale, 'punct.listSeparator')).includes(c.name[locale]), `${c.name[locale]} listed`);
    for (const c of unsettled) assert.ok(text(list).includes(c.name[locale]), `${c.name[locale]} named apart`);
  }
});

test('Germany’s page sends readers to the 16 state authorities, not the federal commissioner', () => {
  for (const prefix of Object.values(localePrefix)) {
    const html = pages.get(`${prefix}/regions/germany/`) ?? '';
    const germany = regions.find((r) => r.slug === 'germany');
    for (const a of germany?.authorities ?? []) assert.ok(html.includes(`href="${a.complaintUrl ?? a.url}"`), a.name.en);
    assert.ok(!html.includes('href="https://www.bfdi.bund.de/"'));
  }
});

// Each region page's facts, as a reader without JavaScript gets them; the browser checks the template's layout and
// islands on one page per group (e2e/support/site.ts).
test('every region page states its heading, its date, its answer and its authorities, and shows its link without JavaScript @smoke', () => {
  const problems: string[] = [];
  for (const r of regions) {
    for (const [locale, prefix] of Object.entries(localePrefix) as [keyof typeof localePrefix, string][]) {
      const path = `${prefix}/regions/${r.slug}/`;
      const html = pages.get(path) ?? '';
      const main = mainOf(html);
      const said = plainText(main);
      const heading =
        r.group === 'elsewhere' ? t(locale, 'region.headingElsewhere') : t(locale, 'region.heading', { name: r.name[locale] });
      if (JSON.stringify(textsOf(main, 'h1')) !== JSON.stringify([heading]))
        problems.push(`${path}: h1 ${JSON.stringify(textsOf(main, 'h1'))}`);
      // The date it started, in the words of the page's lead ("Since 3 November 2025", "自2025年11月3日起"): a month
      // where the day is only when LinkedIn disclosed it.
      const date = formatSince(r.trainingSince, r.trainingSinceAtTheLatest ?? false, locale);
      if (!(locale === 'en' ? new RegExp(`\\b[Ss]ince ${date}`) : new RegExp(`自${date}起`)).test(said))
        problems.push(`${path}: no start date ${date}`);
      if (!said.includes(t(locale, 'region.answer'))) problems.push(`${path}: no answer`);
      const links = [...main.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => `${plainText(m[2] ?? '')} → ${m[1]}`);
      for (const a of r.authorities ?? []) {
        const link = `${plainText(authorityLabel(a, locale).replace(/\{en:([^}]*)\}/g, '$1'))} → ${complaintHref(a)}`;
        if (!links.includes(link)) problems.push(`${path}: no link ${link}`);
      }
      const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      if (!canonical || !main.includes(`data-part="url">${canonical}<`)) problems.push(`${path}: the link to share is not ${canonical}`);
      // The Share button needs the clipboard, so script: without it, the button stays hidden (.js-only).
      const button = main.match(/<p class="js-only[^"]*">\s*<button type="button" class="button[^"]*"[^>]*>\s*([^<]*?)\s*<\/button>/)?.[1];
      if (button !== t(locale, 'share.button')) problems.push(`${path}: Share button not inside .js-only`);
    }
  }
  assert.deepEqual(problems, []);
});
