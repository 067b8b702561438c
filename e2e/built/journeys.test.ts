import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { faqs } from '../../src/data/faqs.ts';
import { updatesFor } from '../../src/lib/updateFeed.ts';
import { t } from '../../src/lib/ui.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { BASE, builtPages, DIST } from '../support/site.ts';

// Reader journeys, as far as the built files settle them: sharing one FAQ answer, the updates at a page's foot, and
// what a printout carries. The browser side is in e2e/share-answer.spec.ts, e2e/updates.spec.ts and e2e/print.spec.ts.
const html = new Map(builtPages().map((p) => [p.path, p.html]));
const prefixes = { en: '', 'zh-hk': '/zh-hk' } as const;
const at = (p: string) => path.posix.join(BASE, p);
const meta = (page: string, attr: string) => page.match(new RegExp(`<meta (?:property|name)="${attr}" content="([^"]*)"`))?.[1];

test('every FAQ answer has a page of its own in both languages, canonical for itself, with its twin and its own card', () => {
  for (const [locale, prefix] of Object.entries(prefixes)) {
    for (const faq of faqs) {
      const route = `${prefix}/faq/${faq.id}/`;
      const page = html.get(route);
      assert.ok(page, `${route} is built`);
      assert.equal(new URL(page.match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? '').pathname, at(route));
      const alternates = [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
        (m) => `${m[1]} ${new URL(m[2]!).pathname}`,
      );
      assert.deepEqual(alternates, [
        `en ${at(`/faq/${faq.id}/`)}`,
        `zh-Hant-HK ${at(`/zh-hk/faq/${faq.id}/`)}`,
        `x-default ${at(`/faq/${faq.id}/`)}`,
      ]);
      const question = faq.question[locale as keyof typeof prefixes];
      assert.match(page, new RegExp(`<h1[^>]*>${question.replace(/[?？()]/g, '\\$&')}</h1>`), `${route}: the question is its heading`);
      assert.equal(meta(page, 'og:title'), question.replace(/’/g, '’'));
      const og = meta(page, 'og:image') ?? '';
      assert.ok(og.endsWith(`/og/${prefix ? 'zh-hk-' : ''}faq-${faq.id}.png`), `${route}: ${og}`);
      assert.ok(existsSync(path.join(DIST, new URL(og).pathname.slice(BASE.length))), `${og} is built`);
      assert.match(page, /data-cite="/, `${route} cites its sources`);
      assert.match(page, /data-page-sources="/, `${route} lists its sources`);
      assert.match(page, new RegExp(`href="${at(`${prefix}/faq/`)}#${faq.id}"`), `${route} leads back to the full FAQ`);
    }
  }
});

test('answer pages are in the sitemap, and the FAQ page links each answer’s own page', () => {
  const sitemap = readdirSync(DIST)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .map((f) => readFileSync(path.join(DIST, f), 'utf8'))
    .join('');
  const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  for (const prefix of Object.values(prefixes)) {
    const faqPage = html.get(`${prefix}/faq/`) ?? '';
    for (const faq of faqs) {
      assert.ok(listed.has(at(`${prefix}/faq/${faq.id}/`)), `${prefix}/faq/${faq.id}/ in the sitemap`);
      assert.match(faqPage, new RegExp(`href="${at(`${prefix}/faq/${faq.id}/`)}"[^>]*data-copy-link="[^"]*${prefix}/faq/${faq.id}/"`));
    }
  }
});

test('search finds each answer once, on the FAQ page: answer pages are not in the index', () => {
  const dir = path.join(DIST, 'pagefind', 'fragment');
  const urls = readdirSync(dir).map((name) => {
    const raw = gunzipSync(readFileSync(path.join(dir, name))).toString('utf8');
    return (JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string }).url;
  });
  assert.ok(
    urls.some((u) => u.endsWith('/faq/')),
    'the FAQ page is indexed',
  );
  assert.deepEqual(
    urls.filter((u) => /\/faq\/[a-z]/.test(u)),
    [],
  );
  for (const prefix of Object.values(prefixes)) {
    const answerPage = html.get(`${prefix}/faq/${faqs[0]!.id}/`);
    assert.ok(answerPage, 'an answer page to keep out');
    assert.doesNotMatch(answerPage, /data-pagefind-body/);
  }
});

test('updates: the latest entry with its date, then every entry in a closed <details> that says how many', () => {
  for (const [locale, prefix] of Object.entries(prefixes) as [keyof typeof prefixes, string][]) {
    for (const route of ['/timeline/', '/regions/hong-kong/']) {
      const page = html.get(`${prefix}${route}`) ?? '';
      const list = updatesFor(route);
      const section = page.match(/<section[^>]*aria-labelledby="page-updates"[\s\S]*?<\/section>/)?.[0] ?? '';
      const lead = section.match(/data-part="last-updated"[\s\S]*?<\/p>/)?.[0] ?? '';
      assert.ok(lead.includes(t(locale, 'updates.lastUpdated').trim()), `${prefix}${route}: “last updated”`);
      assert.ok(lead.includes(`datetime="${list[0]!.date}">${formatDate(list[0]!.date, locale)}</time>`), `${prefix}${route}: its date`);
      const details = section.match(/<details(?![^>]* open)[^>]*>[\s\S]*?<\/details>/)?.[0] ?? '';
      assert.match(
        details,
        new RegExp(`<summary[^>]*>\\s*${t(locale, 'updates.showAll', { n: list.length }).replace(/[()（）]/g, '\\$&')}\\s*</summary>`),
      );
      assert.equal([...details.matchAll(/<li id="update-/g)].length, list.length, `${prefix}${route}: every entry inside`);
      assert.match(section, /<page-updates>/, 'the island that opens it for a link to an entry');
    }
  }
});

test('print: the page’s short address and QR code come after the footer; region pages carry the website’s and apps’ steps', () => {
  for (const [page, short] of [
    ['/regions/hong-kong/', '/regions/hk/'],
    ['/zh-hk/regions/hong-kong/', '/zh-hk/regions/hk/'],
    ['/faq/can-i-undo-it/', '/faq/can-i-undo-it/'],
    ['/zh-hk/opt-out/', '/zh-hk/opt-out/'],
  ] as const) {
    const doc = html.get(page) ?? '';
    const header = doc.match(/<div[^>]*data-print-header[\s\S]*?<\/svg><\/div>\s*<\/div>/)?.[0] ?? '';
    assert.ok(header, `${page}: print header`);
    assert.ok(doc.indexOf(header) > doc.indexOf('</footer>'), `${page}: after the footer, outside the first screen`);
    assert.ok(header.includes(`${at(short)}</strong>`), `${page}: ${short}`);
    assert.match(header, /<svg [^>]*viewBox="0 0 \d+ \d+"[^>]*>.*<path [^>]*stroke="#000000"/s);
    assert.match(
      doc,
      /<a href="https:\/\/www\.linkedin\.com\/[^"]+"[^>]*class="button[^"]*"[^>]*data-print-url="linkedin\.com\/mypreferences\/d\/settings\/data-for-ai-improvement"/,
    );
  }
  for (const page of ['/regions/hong-kong/', '/zh-hk/regions/hong-kong/', '/regions/germany/']) {
    const steps = (html.get(page) ?? '').match(/<div[^>]*data-print-steps[\s\S]*?<\/ul>/)?.[0] ?? '';
    assert.equal([...steps.matchAll(/<li>/g)].length, 2, `${page}: the website’s and the apps’ steps`);
    assert.match(steps, /Data for Generative AI Improvement/);
  }
});
