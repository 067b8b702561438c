import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages } from '../support/site.ts';
import { regions } from '../../src/data/regions.ts';
import { unsettledPlaces } from '../../src/data/places.ts';
import { countryNames } from '../../src/lib/countries.ts';
import { formatDate } from '../../src/lib/dates.ts';
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
    const date = formatDate(elsewhere.trainingSince, locale);
    const index = text(pages.get(`${localePrefix[locale]}/regions/`) ?? '');
    assert.ok(index.includes(t(locale, 'regions.sinceAtTheLatest', { date })), `${locale} /regions/`);
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
