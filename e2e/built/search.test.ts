import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { groupNames, regions } from '../../src/data/regions.ts';
import { locales } from '../../src/lib/i18n.ts';
import { t } from '../../src/lib/ui.ts';
import { vocabularyFile } from '../../src/lib/searchVocabulary.ts';
import type { VocabularyFile } from '../../src/lib/searchPlan.ts';
import { DIST } from '../support/site.ts';

// Search puts a named place's page first from the vocabulary's list of place pages. Pagefind records paths without
// the deployment base, so under /guide/ a list built from based URLs would come out empty.
test('the search vocabulary knows every place page, the timeline and “everywhere else” in every language, under any base @smoke', () => {
  const places = regions.length;
  for (const locale of locales) {
    const file = JSON.parse(readFileSync(path.join(DIST, 'pagefind', vocabularyFile(locale)), 'utf8')) as VocabularyFile;
    assert.equal(Object.keys(file.places).length, places, `${locale}: place pages`);
    // The guide mentions the United States on other pages, so its name must lead to "everywhere else".
    const unitedStates = locale === 'en' ? 'united states' : '美國';
    assert.ok(file.elsewhere && file.places[file.elsewhere]?.includes(unitedStates), `${locale}: “everywhere else” and its names`);
    assert.ok(file.timeline && !(file.timeline in file.places), `${locale}: the timeline`);
    assert.ok(file.words.length > 500, `${locale}: words`);
    assert.ok(file.pageCount > places, `${locale}: page count`);
  }
});

// HTML compression drops the white space between elements, and Pagefind then indexes the text of neighbouring
// elements as one word ("LinkedInOpens", "CanadaHong Kong"), which no search finds and excerpts show.
test('the index keeps the words of neighbouring elements apart', () => {
  const dir = path.join(DIST, 'pagefind', 'fragment');
  const indexed = readdirSync(dir).map((name) => {
    const raw = gunzipSync(readFileSync(path.join(dir, name))).toString('utf8');
    return (JSON.parse(raw.slice(raw.indexOf('{'))) as { content: string }).content.replaceAll('\u200b', '');
  });
  const joins = locales.flatMap((locale) => [
    `${t(locale, 'cta.switchOff')}${t(locale, 'cta.hint')}`,
    ...Object.values(groupNames).flatMap((a) => Object.values(groupNames).map((b) => `${a[locale]}${b[locale]}`)),
  ]);
  for (const join of joins) assert.ok(!indexed.some((text) => text.includes(join)), `indexed as one: ${join}`);
});

// A region page answers to its other names (Österreich, Holland) through Pagefind's metadata, so that a result's
// excerpt starts with the page's own words, not a list of names.
test('region pages are searched by their other names without showing them @smoke', () => {
  const dir = path.join(DIST, 'pagefind', 'fragment');
  const fragments = readdirSync(dir).map((name) => {
    const raw = gunzipSync(readFileSync(path.join(dir, name))).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string; meta: Record<string, string> };
  });
  const austria = fragments.filter((f) => f.url.endsWith('/regions/austria/'));
  assert.equal(austria.length, locales.length);
  for (const page of austria) {
    assert.match(page.meta.names ?? '', /Österreich/, page.url);
    assert.doesNotMatch(page.content, /Österreich|Vienna/, page.url);
  }
});
