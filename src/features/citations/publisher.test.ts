import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publisherIn } from './publisher.ts';
import { citationLabel } from './evidence.ts';

const scmp = { publisher: 'South China Morning Post', publisherName: { 'zh-hk': '《南華早報》' } };

test('a Chinese page names a Hong Kong paper by its Chinese name, in the page’s language', () => {
  assert.deepEqual(publisherIn('zh-hk', scmp, 'en'), { text: '《南華早報》', lang: undefined });
});

test('an English page, or a publisher without a Chinese name, keeps the name it publishes under, in its language', () => {
  assert.deepEqual(publisherIn('en', scmp, undefined), { text: 'South China Morning Post', lang: undefined });
  assert.deepEqual(publisherIn('zh-hk', { publisher: 'TechRadar' }, 'en'), { text: 'TechRadar', lang: 'en' });
});

test('a citation’s accessible name on a Chinese page uses the Chinese name', () => {
  const label = citationLabel('zh-hk', { ...scmp, number: 3 }, { level: 'press' });
  assert.match(label, /^來源3：《南華早報》（/);
});
