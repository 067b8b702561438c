import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applySynonyms,
  namedPlaces,
  chineseWords,
  correctChineseWord,
  correctWord,
  editDistance,
  isDate,
  normalizeForSearch,
  placeOrder,
  plannedSearch,
  searchTermsFor,
  subsets,
  vocabulary,
  type SearchBackend,
} from './searchPlan.ts';

const en = vocabulary({
  words: ['linkedin', 'data', 'private', 'messages', 'opt', 'out', 'microsoft', 'switzerland', 'account', 'delete', 'under', 'und'],
  pairs: '',
  places: { en_ch: ['switzerland', 'suisse', '瑞士'], en_de: ['germany', 'deutschland'] },
  pageCount: 10,
});
const zh = vocabulary({
  words: ['linkedin'],
  pairs: '刪除帳戶私隱專員公署領英資料訓練',
  places: { zh_ca: ['加拿大', 'canada'] },
  pageCount: 10,
});

test('normalizeForSearch folds case, simplified characters, Chinese-numeral dates and punctuation', () => {
  assert.equal(normalizeForSearch('  How do I OPT-OUT?! '), 'how do i opt-out');
  assert.equal(normalizeForSearch('英国 领英'), '英國 領英');
  assert.equal(normalizeForSearch('十一月三號'), '11月3日');
  assert.equal(normalizeForSearch("LinkedIn's “AI”"), 'linkedins ai');
});

test('applySynonyms swaps whole words once, longest first', () => {
  assert.equal(applySynonyms('disable linkedin ai', 'en'), 'opt out linkedin ai');
  assert.equal(applySynonyms('are inbox chats used', 'en'), 'are private messages used');
  assert.equal(applySynonyms('pdpo', 'en'), 'ordinance');
  // "dm" inside a word is not "dm"
  assert.equal(applySynonyms('admin', 'en'), 'admin');
  assert.equal(applySynonyms('私隱公署 linkedin', 'zh-hk'), '私隱專員公署 領英');
});

test('editDistance counts an adjacent swap as one edit and gives up above the limit', () => {
  assert.equal(editDistance('iphoen', 'iphone'), 1);
  assert.equal(editDistance('linkdin', 'linkedin'), 1);
  assert.equal(editDistance('abc', 'xyz', 1), 2);
});

test('correctWord finds the nearest word the guide uses, or splits one run together', () => {
  assert.equal(correctWord('privte', en), 'private');
  assert.equal(correctWord('switzerlnd', en), 'switzerland');
  assert.equal(correctWord('acount', en), 'account');
  assert.equal(correctWord('dataopt', en), 'data opt');
  assert.equal(correctWord('opted', en), 'opt', 'another form of a word the guide uses');
  assert.equal(correctWord('deleted', en), 'delete');
  assert.equal(correctWord('opting', en), 'opt');
  assert.equal(correctWord('linkedin', en), undefined, 'known words stay');
  assert.equal(correctWord('zzzzzz', en), undefined, 'nothing near');
  assert.equal(correctWord('undr', en), 'under', 'the more frequent of two equally near words');
});

test('a misspelling nearest a word search translates goes to that word, the guide’s own words failing', () => {
  const v = vocabulary({ words: ['und', 'linkedin'], pairs: '領英', places: {}, pageCount: 4 });
  assert.equal(correctWord('undr', v), 'und', 'without the table’s words, the only near word');
  assert.equal(correctWord('undr', v, new Set(['under']), ['under']), 'under', 'a stop word, but one the table translates');
  assert.equal(correctWord('linkedin', v, new Set(), ['linkedln']), undefined, 'known words stay');
  // On the Chinese pages "under 18" is 未滿18: the correction is translated like the reader's own word.
  assert.deepEqual(searchTermsFor('領英 undr 18', 'zh-hk', v), {
    typed: ['領英', 'undr', '18'],
    terms: ['領英', '未滿', '18'],
    corrected: true,
    fixes: ['未滿'],
  });
  assert.deepEqual(searchTermsFor('irish regulator', 'en', v).terms, ['ireland', 'regulator']);
});

test('correctChineseWord mends the character that breaks a known pair', () => {
  assert.equal(correctChineseWord('珊除', zh), '刪除');
  assert.equal(correctChineseWord('帳護', zh), '帳戶');
  assert.equal(correctChineseWord('刪除', zh), undefined);
});

test('chineseWords drops question particles and keeps words together', () => {
  assert.deepEqual(chineseWords('刪咗帳戶係咪就得', 'zh-hk', zh), ['刪', '帳戶']);
  assert.deepEqual(chineseWords('台灣', 'zh-hk', zh), ['台灣'], 'unknown neighbours stay one word');
});

test('searchTermsFor drops question words and corrects spelling', () => {
  assert.deepEqual(searchTermsFor('does linkedin read my privte messages?', 'en', en), {
    typed: ['linkedin', 'privte', 'messages'],
    terms: ['linkedin', 'private', 'messages'],
    corrected: true,
    fixes: ['private'],
  });
  assert.deepEqual(searchTermsFor('2025年11月3日', 'zh-hk', zh).terms, ['2025年11月3日'], 'a date is searched whole');
  // "Why does LinkedIn want it?" is a question the FAQ answers; not wanting it is switching it off.
  assert.deepEqual(searchTermsFor('why does linkedin want my data', 'en', en).terms, ['linkedin', 'want', 'data']);
  assert.deepEqual(searchTermsFor('I don’t want LinkedIn to use my data', 'en', en).terms, ['opt', 'out', 'linkedin', 'use', 'data']);
});

test('subsets lists every choice of a size', () => {
  assert.deepEqual(subsets(['a', 'b', 'c'], 2), [
    ['a', 'b'],
    ['a', 'c'],
    ['b', 'c'],
  ]);
  assert.deepEqual(subsets(['a'], 2), []);
});

test('placeOrder puts a named place first, and places last when none is named', () => {
  const ids = ['en_de', 'en_faq', 'en_ch', 'en_optout'];
  assert.deepEqual(
    placeOrder(ids, 'suisse linkedin', 'en', en, (r) => r),
    ['en_ch', 'en_de', 'en_faq', 'en_optout'],
  );
  assert.deepEqual(
    placeOrder(ids, 'opt out', 'en', en, (r) => r),
    ['en_faq', 'en_optout', 'en_de', 'en_ch'],
  );
});

/** A stand-in for Pagefind: pages as sets of words, found when they hold every word of a query. */
function fakeBackend(pages: Record<string, string>): SearchBackend<string> & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    async search(q) {
      queries.push(q);
      const words = q.split(' ').filter(Boolean);
      return Object.entries(pages)
        .filter(([, text]) => words.every((w) => text.split(' ').includes(w)))
        .map(([id]) => id);
    },
    id: (r) => r,
  };
}

test('plannedSearch searches the guide’s words and says so', async () => {
  const backend = fakeBackend({ en_faq: 'linkedin private messages data', en_optout: 'opt out linkedin' });
  const plan = await plannedSearch('Does LinkedIn use my DMs?', 'en', en, backend);
  assert.deepEqual(plan?.results, ['en_faq']);
  assert.equal(plan?.searchedFor, 'linkedin private messages', 'a word no page has ("use") is left out, and the note says so');
  const typo = await plannedSearch('privte messages', 'en', en, backend);
  assert.deepEqual(typo?.results, ['en_faq']);
  assert.equal(typo?.searched, 'private messages');
  assert.equal(typo?.searchedFor, 'private messages');
  const exact = await plannedSearch('how do I opt out', 'en', en, backend);
  assert.deepEqual(exact?.results, ['en_optout']);
  assert.equal(exact?.searchedFor, undefined, 'dropping "how do I" is not worth a note');
});

test('plannedSearch keeps the rarest words when no page holds them all', async () => {
  const backend = fakeBackend({
    en_faq: 'linkedin data microsoft',
    en_home: 'linkedin data',
    en_timeline: 'linkedin data',
  });
  const plan = await plannedSearch('does linkedin give my data to microsoft', 'en', en, backend);
  assert.deepEqual(plan?.results, ['en_faq']);
  assert.equal(plan?.searched, 'linkedin data microsoft');
});

test('plannedSearch passes on a search that a newer one replaced', async () => {
  const plan = await plannedSearch('opt out', 'en', en, { search: async () => null, id: (r: string) => r });
  assert.equal(plan, null);
});

test('plannedSearch with only question words searches them as typed', async () => {
  const backend = fakeBackend({ en_faq: 'how is it' });
  const plan = await plannedSearch('how is it', 'en', en, backend);
  assert.equal(plan?.searched, 'how is it');
});

test('Object.prototype names are plain words, not table entries', () => {
  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    assert.equal(applySynonyms(name.toLowerCase(), 'en'), name.toLowerCase());
    assert.doesNotThrow(() => searchTermsFor(name, 'en', en));
  }
});

test('a correction never lands on a word that says nothing', () => {
  const v = vocabulary({ words: ['need', 'feeds'], pairs: '', places: {}, pageCount: 1 });
  assert.equal(correctWord('feed', v, new Set(['need'])), 'feeds');
});

test('a named place leads unless the query is about a topic too', async () => {
  const pages: Record<string, string> = {
    en_ch: 'switzerland linkedin ai',
    en_pcpd: 'pcpd linkedin ai switzerland',
    en_faq: 'linkedin ai',
    en_de: 'germany linkedin ai',
  };
  const v = vocabulary({
    words: ['linkedin', 'pcpd', 'switzerland', 'germany'],
    pairs: '',
    places: { en_ch: ['switzerland'], en_de: ['germany'] },
    pageCount: 8,
  });
  const backend = fakeBackend(pages);
  const general = await plannedSearch('switzerland linkedin ai', 'en', v, backend);
  assert.equal(general?.results[0], 'en_ch');
  const topical = await plannedSearch('pcpd linkedin', 'en', v, fakeBackend({ ...pages, en_ch: 'switzerland linkedin ai pcpd' }));
  assert.deepEqual(topical?.results, ['en_pcpd', 'en_ch'], 'with no place named, place pages go after the general ones');
  const both = await plannedSearch(
    'pcpd switzerland',
    'en',
    v,
    fakeBackend({ ...pages, en_ch: 'switzerland pcpd', en_pcpd: 'pcpd switzerland' }),
  );
  assert.deepEqual(both?.results, ['en_ch', 'en_pcpd'], 'a topical query keeps the named place where Pagefind ranks it');
  const both2 = await plannedSearch('pcpd switzerland', 'en', v, fakeBackend({ en_pcpd: 'pcpd switzerland', en_ch: 'switzerland pcpd' }));
  assert.deepEqual(both2?.results, ['en_pcpd', 'en_ch'], '…even below a general page');
  const missing = await plannedSearch('is germany affected', 'en', v, fakeBackend({ ...pages, en_regions: 'affected germany' }));
  assert.equal(missing?.results[0], 'en_de', 'a named place whose page lacks the other words still comes first');
});

test('plannedSearch leaves out a correction no page fits with the other words', async () => {
  const v = vocabulary({ words: ['linkedin', 'opt', 'out', 'decline'], pairs: '', places: {}, pageCount: 3 });
  const backend = fakeBackend({ en_optout: 'linkedin opt out', en_sources: 'decline' });
  const plan = await plannedSearch('linkedin opt out deadline', 'en', v, backend);
  assert.deepEqual(plan?.results, ['en_optout']);
  assert.equal(plan?.searchedFor, 'linkedin opt out');
});

test('plannedSearch with nothing but symbols searches nothing', async () => {
  const backend = fakeBackend({ en_faq: 'linkedin' });
  const plan = await plannedSearch('🔒🤖 ?!', 'en', en, backend);
  assert.deepEqual(plan, { results: [], searched: '' });
  assert.deepEqual(backend.queries, []);
});

test('namedPlaces prefers the longer name: “northern ireland” is in the United Kingdom', () => {
  const v = vocabulary({
    words: [],
    pairs: '',
    places: { en_ie: ['ireland', 'éire'], en_uk: ['united kingdom', 'northern ireland'] },
    pageCount: 3,
  });
  assert.deepEqual(namedPlaces('northern ireland linkedin', 'en', v), [['en_uk', 'northern ireland']]);
  assert.deepEqual(namedPlaces('ireland linkedin', 'en', v), [['en_ie', 'ireland']]);
  assert.deepEqual(namedPlaces('ireland and the united kingdom', 'en', v), [
    ['en_ie', 'ireland'],
    ['en_uk', 'united kingdom'],
  ]);
});

test('isDate is true for a date and nothing else, not for an age', () => {
  assert.ok(isDate('3 november 2025'));
  assert.ok(isDate('2025年11月3日'));
  assert.ok(isDate('2024'));
  assert.ok(isDate('october'));
  assert.ok(!isDate('18'), 'a number alone is not a date');
  assert.ok(!isDate('november 3 linkedin'));
  assert.ok(!isDate(''));
});

test('a date alone leads to the timeline, wherever Pagefind ranks it', async () => {
  const v = vocabulary({ words: ['november', 'linkedin'], pairs: '', places: {}, pageCount: 4, timeline: 'en_timeline' });
  const pages = { en_regions: 'november 2025 linkedin', en_timeline: 'november 2025 linkedin' };
  const date = await plannedSearch('November 2025', 'en', v, fakeBackend(pages));
  assert.deepEqual(date?.results, ['en_timeline', 'en_regions']);
  const more = await plannedSearch('november 2025 linkedin', 'en', v, fakeBackend(pages));
  assert.deepEqual(more?.results, ['en_regions', 'en_timeline'], 'with other words, Pagefind’s order stands');
});

test('“everywhere else” leads when a query names a place it covers, and ranks as a general page otherwise', async () => {
  const v = vocabulary({
    words: ['linkedin', 'united', 'states', 'germany'],
    pairs: '',
    places: { en_de: ['germany'], en_else: ['united states'] },
    pageCount: 8,
    elsewhere: 'en_else',
  });
  const pages = { en_timeline: 'united states linkedin opt out', en_else: 'united states linkedin', en_de: 'germany linkedin' };
  const named = await plannedSearch('united states linkedin opt out', 'en', v, fakeBackend(pages));
  assert.equal(named?.results[0], 'en_else', 'found by the name alone, and first');
  const general = await plannedSearch('linkedin', 'en', v, fakeBackend(pages));
  assert.deepEqual(general?.results, ['en_timeline', 'en_else', 'en_de'], 'only the pages of single places go last');
});

test('a general page about a named place that holds every word leads the place’s own page found by name alone', async () => {
  const v = vocabulary({
    words: ['consent', 'hong', 'kong', 'linkedin'],
    pairs: '',
    places: { en_hk: ['hong kong'] },
    aboutPlaces: { en_pcpd: ['hong kong'] },
    pageCount: 20,
  });
  const pages = { en_faq: 'consent linkedin', en_pcpd: 'hong kong consent linkedin', en_hk: 'hong kong linkedin' };
  const topic = await plannedSearch('does linkedin need my consent in hong kong', 'en', v, fakeBackend(pages));
  assert.deepEqual(topic?.results.slice(0, 2), ['en_pcpd', 'en_hk']);
  const place = await plannedSearch('hong kong', 'en', v, fakeBackend(pages));
  assert.equal(place?.results[0], 'en_hk', 'the place alone still leads to its own page');
});

test('a Chinese name searched alone keeps the pages that write it whole, not those holding its characters apart', async () => {
  const pages: Record<string, string> = { zh_else: '蘇丹 茨 克羅 維 爾', zh_why: '蘇茨克維爾 人工智能' };
  const queries: string[] = [];
  const backend: SearchBackend<string> = {
    async search(q) {
      queries.push(q);
      const phrase = /^"(.+)"$/.exec(q)?.[1];
      // Pagefind matches Chinese character by character, or, quoted, the whole run as written.
      return Object.entries(pages)
        .filter(([, text]) => (phrase ? text.includes(phrase) : [...q].every((c) => c === ' ' || text.includes(c))))
        .map(([id]) => id);
    },
    id: (r) => r,
  };
  const plan = await plannedSearch('蘇茨克維爾', 'zh-hk', zh, backend);
  assert.deepEqual(plan?.results, ['zh_why']);
  assert.deepEqual(queries, ['蘇茨克維爾', '"蘇茨克維爾"']);
});

test('a Chinese term inside a named place’s name is part of the name, not a topic', async () => {
  // The guide never writes 特區, so 區 stands alone and goes: 香港特區 is searched as 香港特.
  const v = vocabulary({ words: [], pairs: '香港港特領英', places: { zh_hk: ['香港特區', '香港'] }, pageCount: 8 });
  const pages = { zh_else: '香港特 領英', zh_hk: '香港特 領英', zh_a: '領英', zh_b: '領英', zh_c: '領英' };
  const plan = await plannedSearch('香港特區 領英', 'zh-hk', v, fakeBackend(pages));
  assert.equal(plan?.searched, '香港特 領英');
  assert.equal(plan?.results[0], 'zh_hk');
});

test('plannedSearch asks Pagefind for the same words once', async () => {
  const v = vocabulary({ words: ['pcpd', 'switzerland'], pairs: '', places: { en_ch: ['switzerland'] }, pageCount: 8 });
  const backend = fakeBackend({ en_ch: 'switzerland', en_pcpd: 'pcpd' });
  await plannedSearch('pcpd switzerland', 'en', v, backend);
  assert.ok(backend.queries.includes('pcpd'), 'the word alone, to weigh it');
  assert.deepEqual(backend.queries, [...new Set(backend.queries)]);
});
