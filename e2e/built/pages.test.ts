import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { regions } from '../../src/data/regions.ts';
import { BASE, builtPages, citationsBySourcesPage, contentPages, DIST, entryPages, mainOf, plainText, textsOf } from '../support/site.ts';
import { localeRecords } from '../../src/lib/i18n.ts';
import { ANSWER_MOST, answerWeight } from '../../src/lib/shortAnswer.ts';

// What the pages of the build owe each other across the two languages, read from dist/ without a browser.
const html = new Map(builtPages().map((p) => [p.path, p.html]));
const enPages = contentPages().filter((p) => !p.startsWith('/zh-hk/'));
const zhPages = contentPages().filter((p) => p.startsWith('/zh-hk/'));
const prefixes = { en: '', 'zh-hk': '/zh-hk' } as const;

test('there is a Chinese page for every English page', () => {
  assert.deepEqual(zhPages.map((p) => p.replace(/^\/zh-hk/, '')).sort(), [...enPages].sort());
});

// 70 pages in a browser took most of the test's time on a busy 2-core machine.
test('every heading anchor exists under the same id in both languages', () => {
  const idsOf = (page: string) => {
    const main = html.get(page)?.match(/<main[\s\S]*?<\/main>/)?.[0] ?? '';
    return [...main.matchAll(/<h[23][^>]*\sid="([^"]+)"/g)].map((m) => m[1]).sort();
  };
  for (const zh of zhPages) {
    const en = zh.replace(/^\/zh-hk/, '');
    assert.ok(idsOf(zh).length > 0, `${zh} has heading ids`);
    assert.deepEqual(idsOf(zh), idsOf(en), zh);
  }
});

// CommonMark only closes ** after punctuation when a space or punctuation follows, so "**簡而言之：**領英" showed its
// asterisks on three Chinese pages.
test('no page shows Markdown emphasis marks as text', () => {
  for (const [page, text] of html) {
    const main = (text.match(/<main[\s\S]*?<\/main>/)?.[0] ?? '').replace(/<[^>]+>/g, '');
    assert.ok(!/\*\*|__\S/.test(main), `${page} shows ** or __ as text`);
  }
});

test('every entry page is covered: home, opt-out and each region, in both languages', () => {
  const entries = entryPages();
  const regionPages = Object.values(prefixes).flatMap((prefix) => regions.map((r) => `${prefix}/regions/${r.slug}/`));
  assert.deepEqual(entries.filter((p) => p.includes('/regions/')).sort(), regionPages.sort());
  for (const page of ['/', '/zh-hk/', '/opt-out/', '/zh-hk/opt-out/']) assert.ok(entries.includes(page), page);
});

test('the site has citations in both languages, each leading to its own language’s sources page', () => {
  assert.deepEqual([...citationsBySourcesPage().keys()].map((p) => p.replace(/^.*?(zh-hk\/)?sources\/$/, '$1sources/')).sort(), [
    'sources/',
    'zh-hk/sources/',
  ]);
});

test('every page names itself in both languages, with English as the default', () => {
  for (const page of contentPages()) {
    const route = page.replace(/^\/zh-hk\//, '/');
    const alternates = [...(html.get(page) ?? '').matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
      (m) => `${m[1]} ${new URL(m[2] ?? '').pathname}`,
    );
    const at = (p: string) => path.posix.join(BASE, p);
    assert.deepEqual(alternates, [`en ${at(route)}`, `zh-Hant-HK ${at(`/zh-hk${route}`)}`, `x-default ${at(route)}`], page);
  }
});

test('every page tells link previews its locale', () => {
  const ogLocale = { en: 'en_GB', 'zh-hk': 'zh_HK' };
  for (const page of contentPages()) {
    const locale = page.startsWith('/zh-hk/') ? 'zh-hk' : 'en';
    assert.match(html.get(page) ?? '', new RegExp(`<meta property="og:locale" content="${ogLocale[locale]}">`), page);
  }
});

for (const [locale, prefix] of Object.entries(prefixes)) {
  test(`every ${locale} region page has its own 1200×630 PNG share image under 300 KB @smoke`, () => {
    for (const r of regions) {
      const page = html.get(`${prefix}/regions/${r.slug}/`) ?? '';
      const og = page.match(/<meta property="og:image" content="([^"]+)"/)?.[1] ?? '';
      const name = `${prefix ? `${prefix.slice(1)}-` : ''}region-${r.slug}.png`;
      assert.ok(og.endsWith(`/og/${name}`), `${r.slug}: ${og}`);
      assert.equal(page.match(/<meta name="twitter:image" content="([^"]+)"/)?.[1], og, `${r.slug}: twitter:image`);
      const file = readFileSync(path.join(DIST, 'og', name));
      assert.equal(file.subarray(1, 4).toString(), 'PNG', name);
      assert.deepEqual([file.readUInt32BE(16), file.readUInt32BE(20)], [1200, 630], name);
      assert.ok(file.length < 300_000, `${name}: ${file.length} B`);
    }
  });
}

test('every page has one h1 and one main, its language, a title, a description and its own canonical URL @smoke', () => {
  const problems: string[] = [];
  for (const page of contentPages()) {
    const source = html.get(page) ?? '';
    const locale = page.startsWith('/zh-hk/') ? 'zh-hk' : 'en';
    const facts = {
      h1: source.match(/<h1\b/g)?.length ?? 0,
      main: source.match(/<main\b/g)?.length ?? 0,
      lang: source.match(/<html lang="([^"]*)"/)?.[1],
      titleLong: (plainText(source.match(/<title>([^<]*)<\/title>/)?.[1] ?? '').length ?? 0) > 5,
      descriptionLong: (source.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? '').length >= 40,
      canonical: (() => {
        const href = source.match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? '';
        return /^https?:\/\/.+\/$/.test(href) && new URL(href).pathname === path.posix.join(BASE, page);
      })(),
    };
    const expected = { h1: 1, main: 1, lang: localeRecords[locale].htmlLang, titleLong: true, descriptionLong: true, canonical: true };
    if (JSON.stringify(facts) !== JSON.stringify(expected)) problems.push(`${page}: ${JSON.stringify(facts)}`);
  }
  assert.deepEqual(problems, []);
});

// The guide's pages say what their content files say: the h1 (the heading, else the title) and every section
// heading, in both languages, so a heading lost in a template or a content file is caught without hard-coding it.
test('every guide page has the h1 and the section headings of its content file', () => {
  const dir = path.resolve(import.meta.dirname, '../../src/content/guide');
  let checked = 0;
  for (const locale of readdirSync(dir)) {
    for (const file of readdirSync(path.join(dir, locale))) {
      const source = readFileSync(path.join(dir, locale, file), 'utf8');
      const route = file.replace(/\.mdx$/, '');
      const page = `${locale === 'en' ? '' : `/${locale}`}/${route === 'index' ? '' : `${route}/`}`;
      const built = mainOf(html.get(page) ?? '');
      const field = (name: string) => source.match(new RegExp(`^${name}: (.+)$`, 'm'))?.[1]?.trim();
      assert.deepEqual(textsOf(built, 'h1'), [field('heading') ?? field('title')], `${page} h1`);
      const sections = [...source.matchAll(/^## (.+)$|<h2[^>]*>([^<]+)<\/h2>/gm)].map((m) => (m[1] ?? m[2] ?? '').trim());
      const h2s = textsOf(built, 'h2');
      for (const section of sections) assert.ok(h2s.includes(section), `${page}: no h2 “${section}” among ${JSON.stringify(h2s)}`);
      checked += sections.length;
    }
  }
  assert.ok(checked > 40, `${checked} section headings`);
});

// The first screen of a phone is checked in a browser on one page per template (e2e/first-screen.spec.ts); how long
// each entry page's answer is, it reads from every one here.
test('every entry page’s answer is short: about 25 words, or 40 Chinese characters', () => {
  for (const page of entryPages()) {
    const marked = mainOf(html.get(page) ?? '').match(/<(\w+)\b[^>]*data-part="page-answer"[^>]*>([\s\S]*?)<\/\1>/)?.[2];
    assert.ok(marked !== undefined, `${page}: no answer`);
    const words = plainText(marked);
    const locale = page.startsWith('/zh-hk/') ? 'zh-hk' : 'en';
    assert.ok(answerWeight(words, locale) <= ANSWER_MOST[locale], `${page}: ${words}`);
  }
});
