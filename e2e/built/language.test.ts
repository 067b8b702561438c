import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { BASE, builtPages, contentPages } from '../support/site.ts';
import { localeRecords } from '../../src/lib/i18n.ts';
import { t } from '../../src/lib/ui.ts';
import { untranslatedWords } from '../support/language.ts';

// Reads the build, no browser: the language switch is in the header of every page, as a plain link (no script needed)
// to the same page in the other language, named in that language; and the English Hong Kong page says near its top
// that a Chinese version exists.
const html = new Map(builtPages().map((p) => [p.path, p.html]));
const at = (sitePath: string) => path.posix.join(BASE, sitePath);
const other = (sitePath: string) =>
  sitePath.startsWith('/zh-hk/')
    ? { path: sitePath.replace(/^\/zh-hk/, ''), record: localeRecords.en }
    : { path: `/zh-hk${sitePath}`, record: localeRecords['zh-hk'] };
/** Every <a …>text</a> in a piece of HTML, with its attributes. */
const links = (fragment: string) =>
  [...fragment.matchAll(/<a\s([^>]*)>([\s\S]*?)<\/a>/g)].map((m) => ({
    attrs: Object.fromEntries([...(m[1] ?? '').matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((a) => [a[1], a[2] ?? ''])),
    text: (m[2] ?? '').replace(/<[^>]+>/g, '').trim(),
  }));

test('every page’s header links to the same page in the other language, marked with lang and hreflang @smoke', () => {
  const pages = contentPages();
  assert.ok(pages.length > 50, `${pages.length} pages`);
  for (const page of pages) {
    const header = html.get(page)?.match(/<header[\s\S]*?<\/header>/)?.[0] ?? '';
    const { path: target, record } = other(page);
    const found = links(header).filter((l) => l.attrs.href === at(target));
    assert.equal(found.length, 1, `${page}: one header link to ${at(target)}`);
    assert.deepEqual(
      { text: found[0]?.text, lang: found[0]?.attrs.lang, hreflang: found[0]?.attrs.hreflang },
      { text: record.label, lang: record.htmlLang, hreflang: record.htmlLang },
      page,
    );
  }
});

test('the English Hong Kong page says near its top, in Chinese, that a Chinese version exists @smoke', () => {
  const page = html.get('/regions/hong-kong/') ?? '';
  const main = page.match(/<main[\s\S]*?<\/main>/)?.[0] ?? '';
  const beforeHeading = main.slice(0, main.indexOf('<h1'));
  const zh = localeRecords['zh-hk'].htmlLang;
  const line = beforeHeading.match(new RegExp(`<p [^>]*lang="${zh}"[^>]*>([\\s\\S]*?)</p>`))?.[1];
  assert.ok(line, 'a line in Chinese before the h1');
  assert.deepEqual(
    links(line).map((l) => ({ text: l.text, href: l.attrs.href, hreflang: l.attrs.hreflang })),
    [{ text: t('zh-hk', 'lang.available'), href: at('/zh-hk/regions/hong-kong/'), hreflang: zh }],
  );
});

test('no other page carries such a line', () => {
  for (const page of contentPages().filter((p) => p !== '/regions/hong-kong/')) {
    const main = html.get(page)?.match(/<main[\s\S]*?<\/main>/)?.[0] ?? '';
    for (const locale of ['en', 'zh-hk'] as const) {
      assert.ok(!main.includes(t(locale, 'lang.available')), `${page}: “${t(locale, 'lang.available')}”`);
    }
  }
});

// A Chinese page is Chinese throughout: its text, and what a screen reader or a tooltip says (aria-label, alt and
// title), outside elements marked with another language. Allowed words and phrases: e2e/support/language.ts.
test('every Chinese page is in Chinese throughout, labels and titles included', () => {
  const pages = contentPages().filter((p) => p.startsWith('/zh-hk/'));
  assert.ok(pages.length > 25, `${pages.length} Chinese pages`);
  const leaks = pages.flatMap((page) => untranslatedWords(html.get(page) ?? '').map((word) => `${page}: ${word}`));
  assert.deepEqual(leaks, []);
});
