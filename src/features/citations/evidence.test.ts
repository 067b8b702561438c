import { test } from 'node:test';
import assert from 'node:assert/strict';
import { passageSchema } from '../../data/schema.ts';
import { passages } from '../../data/passages.ts';
import { citationLabel, evidenceText, groupCitations, weakestLevel } from './evidence.ts';

const base = { id: 'report#words', lang: 'en', quote: 'Some words.' } as const;

test('a passage must say who speaks in it: the old shape, with no level, is refused', () => {
  assert.equal(passageSchema.safeParse(base).success, false);
  assert.equal(passageSchema.safeParse({ ...base, level: 'primary' }).success, false, "the old 'primary' kind is not a level");
  assert.equal(passageSchema.safeParse({ ...base, level: 'press' }).success, true);
});

test('a quoted passage names its original speaker, and only a quoted one does', () => {
  assert.equal(passageSchema.safeParse({ ...base, level: 'quoted' }).success, false);
  const speaker = { en: 'LinkedIn’s help page', 'zh-hk': '領英的說明頁' };
  assert.equal(passageSchema.safeParse({ ...base, level: 'quoted', speaker }).success, true);
  assert.equal(passageSchema.safeParse({ ...base, level: 'press', speaker }).success, false);
});

test('every passage in the data has a level, and every quoted one a speaker in both languages', () => {
  for (const p of passages) {
    assert.ok(p.level, p.id);
    if (p.level === 'quoted') assert.ok(p.speaker?.en && p.speaker['zh-hk'], p.id);
  }
});

test('a citation’s accessible name gives its number, publisher and who speaks, in the reader’s language', () => {
  const source = { publisher: 'The Register', number: 12 };
  assert.equal(citationLabel('en', source, { level: 'press' }), 'Source 12: The Register (a press report)');
  assert.equal(citationLabel('zh-hk', source, { level: 'press' }), '來源12：The Register（傳媒報道）');
  const quoted = { level: 'quoted', speaker: { en: 'LinkedIn’s update page', 'zh-hk': '領英的更新說明頁' } } as const;
  assert.equal(citationLabel('en', source, quoted), 'Source 12: The Register (quoting LinkedIn’s update page)');
  assert.equal(citationLabel('zh-hk', source, quoted), '來源12：The Register（引述領英的更新說明頁）');
  assert.equal(evidenceText('en', source, quoted), 'LinkedIn’s update page, as quoted by The Register');
  assert.equal(evidenceText('en', { publisher: 'LinkedIn' }), 'LinkedIn’s own text', 'a bare LinkedIn page speaks for itself');
});

test('a sentence is only as sure as its weakest citation', () => {
  assert.equal(weakestLevel(['linkedin', 'press']), 'press');
  assert.equal(weakestLevel(['regulator', 'quoted', 'law']), 'quoted');
  assert.equal(weakestLevel([]), undefined);
});

test('one marker per source and level: LinkedIn’s words quoted by an outlet never share a marker with its report', () => {
  const outlet = { id: 'outlet' };
  const quoted = { level: 'quoted', speaker: { en: 'LinkedIn', 'zh-hk': '領英' } } as const;
  const groups = groupCitations([
    { id: 'outlet#a', source: outlet, passage: { level: 'press' } },
    { id: 'outlet#b', source: outlet, passage: quoted },
    { id: 'outlet#c', source: outlet, passage: { level: 'press' } },
  ]);
  assert.deepEqual(
    groups.map((g) => g.map((c) => c.id)),
    [['outlet#a', 'outlet#c'], ['outlet#b']],
  );
});

test('a publisher described in brackets shares its bracket with the level: never two brackets side by side', () => {
  const described = {
    publisher: 'toolz.website (a news aggregator)',
    publisherName: { 'zh-hk': 'toolz.website（新聞轉載網站）' },
    number: 3,
  };
  assert.equal(
    citationLabel('en', described, { level: 'unconfirmed' }),
    'Source 3: toolz.website (a news aggregator; reported, not confirmed)',
  );
  assert.equal(citationLabel('zh-hk', described, { level: 'unconfirmed' }), '來源3：toolz.website（新聞轉載網站；有報道，但未經證實）');
});
