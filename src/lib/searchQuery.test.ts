import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanQuery, excerptSegments, highlightTerms, MAX_QUERY_LENGTH, termsMatched, topSubResults } from './searchQuery.ts';

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

test('excerptSegments keeps only the marks and decodes entities', () => {
  assert.deepEqual(excerptSegments('switch the <mark>setting</mark> off &amp; check'), [
    { text: 'switch the ', marked: false },
    { text: 'setting', marked: true },
    { text: ' off & check', marked: false },
  ]);
  assert.deepEqual(excerptSegments('&lt;script&gt;alert(1)&lt;/script&gt;'), [{ text: '<script>alert(1)</script>', marked: false }]);
  assert.deepEqual(excerptSegments('<img src=x onerror=alert(1)>text'), [{ text: 'text', marked: false }]);
  assert.deepEqual(excerptSegments('&constructor; &__proto__; &toString;'), [
    { text: '&constructor; &__proto__; &toString;', marked: false },
  ]);
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

test('topSubResults lists the best-matching headings first, without the page itself or its sources', () => {
  const w = (...scores: number[]) => scores.map((balanced_score) => ({ balanced_score }));
  const subs = [
    { url: '/faq/', weighted_locations: w(9) },
    { url: '/faq/#a', weighted_locations: w(1) },
    { url: '/faq/#b', weighted_locations: w(2, 2) },
    { url: '/faq/#page-sources', weighted_locations: w(8) },
    { url: '/faq/#c', weighted_locations: w(3) },
    { url: '/faq/#d', weighted_locations: w(0.5) },
  ];
  assert.deepEqual(
    topSubResults('/faq/', subs).map((s) => s.url),
    ['/faq/#b', '/faq/#c', '/faq/#a'],
  );
});

test('termsMatched counts the searched words a part of a page matched, by how the matched words begin', () => {
  const content = 'Switching the setting off does not remove data already used.';
  assert.equal(termsMatched(content, { locations: [0, 3, 6] }, ['switch', 'off', 'remove', 'used']), 3);
  assert.equal(termsMatched(content, { locations: [] }, ['switch']), 0);
});

test('topSubResults puts the heading that matches more searched words first', () => {
  const subs = [
    { url: '/faq/#a', weighted_locations: [{ balanced_score: 100 }] },
    { url: '/faq/#b', weighted_locations: [{ balanced_score: 1 }] },
  ];
  assert.deepEqual(
    topSubResults('/faq/', subs).map((s) => s.url),
    ['/faq/#a', '/faq/#b'],
  );
  assert.deepEqual(
    topSubResults('/faq/', subs, 3, (s) => (s.url.endsWith('b') ? 2 : 1)).map((s) => s.url),
    ['/faq/#b', '/faq/#a'],
  );
});

test('termsMatched on a Chinese page reads the heading and excerpt, as Pagefind’s positions there follow its own word breaks', () => {
  const content = '怎樣向監管機構投訴？先向領英反映。預設開啟這個設定合法嗎？';
  const complain = { locations: [0], title: '怎樣向監管機構投訴？', excerpt: '先向<mark>領</mark><mark>英</mark>反映' };
  const legal = { locations: [0, 1], title: '預設開啟這個設定合法嗎？', excerpt: '這個設定<mark>合法</mark>嗎？' };
  assert.equal(termsMatched(content, complain, ['投訴', '領英']), 3, 'both words, and one in the heading counts again');
  assert.equal(termsMatched(content, legal, ['投訴', '領英']), 0);
  assert.equal(termsMatched(content, legal, ['合法', '18']), 2);
  const passing = { locations: [0], title: '公署要你做甚麼', excerpt: '決定你是否<mark>同意</mark>，<mark>領</mark><mark>英</mark>' };
  const consent = { locations: [0], title: '香港法例下的同意', excerpt: '香港法例下的<mark>同意</mark>' };
  assert.equal(
    termsMatched(content, consent, ['領英', '同意']),
    termsMatched(content, passing, ['領英', '同意']),
    'a heading about a word ties with a passing mention of two',
  );
});
