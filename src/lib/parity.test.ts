import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { ui } from '../data/ui.ts';
import { faqs } from '../data/faqs.ts';
import { timeline } from '../data/timeline.ts';
import { regions, groupNames } from '../data/regions.ts';
import { sources } from '../data/sources.ts';

// Every piece of the guide exists in English and Traditional Chinese, and the Chinese is really Chinese.
const HAN = /\p{Script=Han}/u;
const pagesOf = (collection: 'guide' | 'regions', locale: string) =>
  readdirSync(new URL(`../content/${collection}/${locale}/`, import.meta.url))
    .filter((f) => f.endsWith('.mdx'))
    .sort();

test('every guide page and every part of the region pages has its counterpart, both ways', () => {
  assert.deepEqual(pagesOf('guide', 'zh-hk'), pagesOf('guide', 'en'));
  assert.ok(pagesOf('guide', 'en').length >= 7);
  assert.deepEqual(pagesOf('regions', 'zh-hk'), pagesOf('regions', 'en'));
});

test('every UI string exists in both languages, and the Chinese ones are in Chinese', () => {
  assert.deepEqual(Object.keys(ui['zh-hk']).sort(), Object.keys(ui.en).sort());
  // Pure patterns have no words to translate.
  const patterns = new Set(['countdown.parts', 'sources.titleIn', 'sources.titleMeaningIn']);
  for (const [key, value] of Object.entries(ui['zh-hk'])) {
    // Joining punctuation is full-width in Chinese, with no spaces around it (and none at all between sentences).
    if (!key.startsWith('punct.')) assert.ok(value.trim().length > 0, key);
    if (key.startsWith('punct.')) assert.doesNotMatch(value, /[\x20-\x7e]/, `${key} is half-width: ${value}`);
    else if (!patterns.has(key)) assert.match(value, HAN, `${key} is not translated: ${value}`);
  }
});

test('every FAQ and timeline entry is in both languages', () => {
  for (const f of faqs) {
    assert.match(f.question['zh-hk'], HAN, f.id);
    assert.equal(f.answer['zh-hk'].length > 0, true, f.id);
    for (const p of f.answer['zh-hk']) assert.match(p, HAN, f.id);
    // Links in an answer must lead to the same places in both languages.
    const links = (ps: string[]) => ps.flatMap((p) => [...p.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1])).sort();
    assert.deepEqual(links(f.answer['zh-hk']), links(f.answer.en), `${f.id}: links differ`);
  }
  for (const e of timeline) {
    assert.match(e.title['zh-hk'], HAN, e.id);
    assert.match(e.summary['zh-hk'], HAN, e.id);
    if (e.dateLabel) assert.match(e.dateLabel['zh-hk'], HAN, e.id);
  }
});

test('every region, group and source description is in both languages', () => {
  for (const r of regions) {
    assert.match(r.name['zh-hk'], HAN, r.slug);
    if (r.authorityNote) assert.match(r.authorityNote['zh-hk'], HAN, r.slug);
    for (const a of r.authorities ?? []) assert.match(a.name['zh-hk'], HAN, r.slug);
  }
  for (const [group, names] of Object.entries(groupNames)) assert.match(names['zh-hk'], HAN, group);
  for (const s of sources) assert.match(s.supports['zh-hk'], HAN, s.id);
});
