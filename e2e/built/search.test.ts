import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { groupNames } from '../../src/data/regions.ts';
import { locales } from '../../src/lib/i18n.ts';
import { t } from '../../src/lib/ui.ts';
import { fieldIndexFile } from '../../src/features/search/fieldIndex.ts';
import type { FieldIndexFile } from '../../src/features/search/rank.ts';
import { DIST } from '../support/site.ts';

// Search ranks sections from a field index the build writes from Pagefind's fragments. Pagefind records paths without
// the deployment base, so an index built from based URLs would match no result under /guide/.
test('the search field index holds every indexed page, its sections and the place names, in every language, under any base @smoke', () => {
  for (const locale of locales) {
    const file = JSON.parse(readFileSync(path.join(DIST, 'pagefind', fieldIndexFile(locale)), 'utf8')) as FieldIndexFile;
    const fragments = readdirSync(path.join(DIST, 'pagefind', 'fragment')).filter((f) => f.startsWith(locale === 'en' ? 'en_' : 'zh'));
    assert.equal(file.pages.length, fragments.length, `${locale}: pages`);
    for (const [id, url] of file.pages) assert.ok(fragments.includes(`${id}.pf_fragment`) && url.startsWith('/'), `${locale}: ${url}`);
    assert.ok(file.sections.length > file.pages.length * 2, `${locale}: sections`);
    const austria = file.pages.find(([, url]) => url.endsWith('/regions/austria/'));
    // Names in the page's own script are a field of the index; the rest are asked of Pagefind's metadata.
    if (locale === 'en') assert.match(austria?.[3] ?? '', /osterreich/, `${locale}: Austria's other names`);
    else assert.equal(austria?.[4], 1, `${locale}: Austria's other names left to Pagefind`);
    // Questions this answers are indexed (never shown): every FAQ answer has some.
    const faq = file.pages.findIndex(([, url]) => url.endsWith('/faq/'));
    assert.ok(file.sections.filter(([page, anchor, , asked]) => page === faq && anchor && asked).length >= 18, `${locale}: asked`);
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
