import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanQuery, highlightTerms, MAX_QUERY_LENGTH, passageExcerpt } from './searchQuery.ts';

test('cleanQuery trims and folds white space', () => {
  assert.deepEqual(cleanQuery('  opt \n\t out  '), { query: 'opt out', truncated: false });
  assert.deepEqual(cleanQuery('   '), { query: '', truncated: false });
  assert.deepEqual(cleanQuery(null), { query: '', truncated: false });
});

test('cleanQuery caps long input without splitting an emoji', () => {
  const long = cleanQuery('a'.repeat(5000));
  assert.equal(long.query.length, MAX_QUERY_LENGTH);
  assert.ok(long.truncated);
  const emoji = cleanQuery('🔒'.repeat(300));
  assert.equal([...emoji.query].length, MAX_QUERY_LENGTH);
  assert.ok(emoji.query.endsWith('🔒'));
});

test('highlightTerms picks distinct words worth marking, Chinese included', () => {
  assert.deepEqual(highlightTerms('Opt out a OPT'), ['opt', 'out']);
  assert.deepEqual(highlightTerms('私隱 退出'), ['私隱', '退出']);
  assert.deepEqual(highlightTerms(null), []);
});

test('Chinese-numeral dates become the digits the guide uses', async () => {
  const { normalizeChineseDates } = await import('./searchQuery.ts');
  assert.equal(normalizeChineseDates('十一月三日'), '11月3日');
  assert.equal(normalizeChineseDates('二零二五年十一月三號'), '二零二五年11月3日');
  assert.equal(normalizeChineseDates('九月十八日'), '9月18日');
  assert.equal(normalizeChineseDates('十月二十三日'), '10月23日');
  assert.equal(normalizeChineseDates('私隱專員'), '私隱專員');
});

test('passageExcerpt shows the window with most searched words, marked, and says where it was cut', () => {
  const words = 'one two three switch the setting off four five six seven'.split(' ');
  const segments = passageExcerpt(words, 0, words.length, (w) => w === 'setting' || w === 'off', 4);
  assert.deepEqual(segments, [
    { text: '… switch the ', marked: false },
    { text: 'setting off', marked: true },
    { text: ' …', marked: false },
  ]);
});

test('passageExcerpt sets Chinese as Chinese: no space beside its punctuation or English, 。 and ……', () => {
  const words = ['前文', '開關應顯示', 'Off', '。', '登入後', '.', '再按', '連結', '後文'];
  assert.deepEqual(
    passageExcerpt(words, 0, words.length, (w) => w === '登入後', 7),
    [
      { text: '前文開關應顯示Off。', marked: false },
      { text: '登入後', marked: true },
      { text: '。再按……', marked: false },
    ],
  );
  assert.deepEqual(
    passageExcerpt(words, 0, words.length, (w) => w === '後文', 3),
    [
      { text: '……再按連結', marked: false },
      { text: '後文', marked: true },
    ],
  );
});

test('passageExcerpt joins Chinese words without spaces', () => {
  const words = ['關閉', '設定', '即可'];
  assert.deepEqual(
    passageExcerpt(words, 0, 3, (w) => w === '設定'),
    [
      { text: '關閉', marked: false },
      { text: '設定', marked: true },
      { text: '即可', marked: false },
    ],
  );
});
