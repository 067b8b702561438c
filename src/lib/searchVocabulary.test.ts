import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildVocabularies, indexedLocale, namesOthersMention } from './searchVocabulary.ts';
import { vocabulary } from './searchPlan.ts';

test('indexedLocale reads the language from the path, under any base', () => {
  assert.equal(indexedLocale('/faq/'), 'en');
  assert.equal(indexedLocale('/zh-hk/faq/'), 'zh-hk');
  assert.equal(indexedLocale('/guide/zh-hk/faq/', '/guide/'), 'zh-hk');
  assert.equal(indexedLocale('/guide/faq/', '/guide/'), 'en');
});

test('buildVocabularies counts words per language, pairs across Pagefind’s word breaks, and place names', () => {
  const files = buildVocabularies(
    [
      { id: 'en_1', url: '/faq/', content: 'Private messages are private. AI 2025.' },
      { id: 'en_2', url: '/regions/canada/', content: 'Canada private' },
      { id: 'zh_1', url: '/zh-hk/faq/', content: '私\u200b隱 私\u200b隱 資料 linkedin' },
    ],
    (page) => (page.url.endsWith('/canada/') ? { kind: 'place', names: ['Canada', '加拿大'] } : undefined),
  );
  const en = files.get('en')!;
  assert.deepEqual(en.words, ['private', 'are', 'canada', 'messages'], 'by frequency, then alphabetically; no short words or numbers');
  assert.deepEqual(en.places, { en_2: ['canada', '加拿大'] });
  const zh = files.get('zh-hk')!;
  assert.equal(zh.pairs, '私隱', 'pairs seen twice or more, across the zero-width breaks');
  assert.ok(vocabulary(zh).pairs.has('私隱'));
});

test('buildVocabularies records the timeline, “everywhere else” and pages about a place by their roles', () => {
  const files = buildVocabularies(
    [
      { id: 'en_t', url: '/timeline/', content: 'On 3 November 2025' },
      { id: 'en_e', url: '/regions/elsewhere/', content: 'Everywhere else' },
      { id: 'en_p', url: '/pcpd-warning/', content: 'PCPD', place: 'hong-kong' },
    ],
    (page) =>
      page.url === '/timeline/'
        ? { kind: 'timeline' }
        : page.place
          ? { kind: 'about-place', names: ['Hong Kong'] }
          : { kind: 'elsewhere', names: ['Japan'] },
  );
  const en = files.get('en')!;
  assert.equal(en.timeline, 'en_t');
  assert.equal(en.elsewhere, 'en_e');
  assert.deepEqual(en.places, { en_e: ['japan'] });
  assert.deepEqual(en.aboutPlaces, { en_p: ['hong kong'] });
});

test('namesOthersMention keeps the names another page of the language mentions, never two-letter codes', () => {
  const pages = [
    { id: 'en_e', url: '/regions/elsewhere/', content: 'Everywhere else' },
    { id: 'en_t', url: '/timeline/', content: 'In the United States, AI…' },
    { id: 'zh_t', url: '/zh-hk/timeline/', content: '美國的會員' },
    { id: 'zh_e', url: '/zh-hk/regions/elsewhere/', content: '其他地方' },
  ];
  assert.deepEqual(namesOthersMention(['United States', 'Japan', 'AI', '美國'], pages[0]!, pages), ['united states']);
  assert.deepEqual(namesOthersMention(['Japan', '美國', '美国', '日本'], pages[3]!, pages), ['美國']);
});

test('buildVocabularies takes words from the other names a region page is searched by, outside its text', () => {
  const files = buildVocabularies(
    [{ id: 'en_at', url: '/regions/austria/', content: 'Austria', names: 'Österreich · Vienna' }],
    () => undefined,
  );
  assert.ok(files.get('en')!.words.includes('österreich'), 'a misspelt other name can be corrected');
});
