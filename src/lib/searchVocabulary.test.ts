import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildVocabularies, indexedLocale } from './searchVocabulary.ts';
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
    (url) => (url.endsWith('/canada/') ? ['Canada', '加拿大'] : undefined),
  );
  const en = files.get('en')!;
  assert.deepEqual(en.words, ['private', 'are', 'canada', 'messages'], 'by frequency, then alphabetically; no short words or numbers');
  assert.deepEqual(en.places, { en_2: ['canada', '加拿大'] });
  const zh = files.get('zh-hk')!;
  assert.equal(zh.pairs, '私隱', 'pairs seen twice or more, across the zero-width breaks');
  assert.ok(vocabulary(zh).pairs.has('私隱'));
});
