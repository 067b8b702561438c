import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceTitle } from './sourceTitle.ts';

test('a title in a language the reader may not read says which, in the reader’s words', () => {
  const german = { title: 'Beschwerderecht', titleLang: 'de' as const };
  assert.deepEqual(sourceTitle(german, 'en'), { text: 'Beschwerderecht', lang: 'de', note: ' (in German)' });
  assert.deepEqual(sourceTitle(german, 'zh-hk'), { text: 'Beschwerderecht', lang: 'de', note: '（德文）' });
});

test('a Chinese title is plain on Chinese pages and explained on English ones', () => {
  const chinese = { title: '條例概覽', titleLang: 'zh-hk' as const, titleMeaning: { en: 'The Ordinance at a glance' } };
  assert.equal(sourceTitle(chinese, 'zh-hk').note, '');
  assert.equal(sourceTitle(chinese, 'en').note, ' (The Ordinance at a glance, in Chinese)');
});

test('a source without a title of its own is described in the reader’s language; an English title is left as it is', () => {
  const described = { title: { en: 'The setting itself', 'zh-hk': '設定頁本身' } };
  assert.equal(sourceTitle(described, 'zh-hk').text, '設定頁本身');
  assert.deepEqual(sourceTitle({ title: 'Privacy Policy' }, 'zh-hk'), { text: 'Privacy Policy', note: '' });
});
