import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addedWords,
  correctWord,
  countriesByCode,
  editDistance,
  indexText,
  loadIndex,
  NAME_SEPARATOR,
  normalizeForSearch,
  passages,
  rankPages,
  rankSections,
  stem,
  termsOf,
  understand,
  type FieldIndexFile,
} from './rank.ts';
import { searchGuide } from './search.ts';
import { afterOtherNames, excerptMatcher } from './show.ts';

/** A small guide: a FAQ, an opt-out page, and three pages of one template, one per country. */
function guide(): FieldIndexFile {
  const page = (id: string, url: string, title: string, names = ''): FieldIndexFile['pages'][number] => [
    id,
    url,
    indexText(title),
    names.split(' ').map(indexText).join(NAME_SEPARATOR),
    0,
  ];
  const country = (n: number, name: string, regulator: string): FieldIndexFile['sections'] => [
    [n, '', '', '', indexText(`${name}: LinkedIn can use your data to train AI unless you switch it off.`)],
    [n, 'what-to-do', indexText('What to do'), '', indexText('Switch the setting off on LinkedIn.')],
    [n, 'regulator', indexText('Who to complain to'), '', indexText(`${regulator} handles complaints about LinkedIn.`)],
  ];
  return {
    pages: [
      page('p0', '/faq/', 'Frequently asked questions'),
      page('p1', '/opt-out/', 'How to switch off LinkedIn’s AI training'),
      page('p2', '/regions/austria/', 'Austria: is LinkedIn training AI on your data?', 'Österreich Vienna 奧地利'),
      page('p3', '/regions/italy/', 'Italy: is LinkedIn training AI on your data?', 'Italia Rome 意大利'),
      page('p4', '/regions/spain/', 'Spain: is LinkedIn training AI on your data?', 'España Madrid 西班牙'),
      // A family as large as the real one's share of its words: a template made into a page per country.
      ...['France', 'Poland', 'Sweden', 'Greece', 'Malta'].map((c, i) =>
        page(`p${5 + i}`, `/regions/${c.toLowerCase()}/`, `${c}: is LinkedIn training AI on your data?`),
      ),
    ],
    sections: [
      [0, '', '', '', indexText('Answers to what readers ask about LinkedIn and AI.')],
      [
        0,
        'under-18',
        indexText('What about members under 18?'),
        indexText('is my child affected'),
        indexText('LinkedIn says it does not use the data of members it believes could be under 18.'),
      ],
      [
        0,
        'complain',
        indexText('How do I complain to a regulator?'),
        indexText('where can i file a complaint who do i report linkedin to'),
        indexText('Start with LinkedIn, then go to the data protection authority where you live.'),
      ],
      [1, '', '', '', indexText('Open the setting Data for Generative AI Improvement and switch it off.')],
      [1, 'check-that-it-worked', indexText('Check that it worked'), '', indexText('The switch should show Off.')],
      ...country(2, 'Austria', 'The Austrian Data Protection Authority'),
      ...country(3, 'Italy', 'The Garante'),
      ...country(4, 'Spain', 'The AEPD'),
      ...['CNIL', 'UODO', 'IMY', 'HDPA', 'IDPC'].flatMap((regulator, i) =>
        country(5 + i, ['France', 'Poland', 'Sweden', 'Greece', 'Malta'][i]!, regulator),
      ),
    ],
  };
}

function top(query: string, locale: 'en' | 'zh-hk' = 'en', file = guide()): string[] {
  const index = loadIndex(file);
  return rankPages(rankSections(understand(query, locale, index).terms, index), index).map((p) => {
    const best = index.sections[p.sections[0]!.section]!;
    return `${index.pages[p.page]!.url}${best.anchor ? `#${best.anchor}` : ''}`;
  });
}

test('normalizeForSearch folds case, accents, simplified characters, Chinese-numeral dates and punctuation', () => {
  assert.equal(normalizeForSearch('Österreich, LinkedIn’s AI!'), 'osterreich linkedins ai');
  assert.equal(normalizeForSearch('领英 十一月三日'), '領英 11 月 3 日');
  assert.equal(normalizeForSearch('delete咗個account'), 'delete 咗個 account');
});

test('a word and its forms share a stem, on the pages and in a query alike', () => {
  assert.equal(stem('training'), stem('trained'));
  assert.equal(stem('switching'), stem('switch'));
  assert.equal(stem('opted'), 'opt');
  // Question words that say what kind of answer is wanted stay: "when did it start" asks for a date.
  assert.equal(indexText('How do I stop it?'), 'how stop');
});

test('Chinese is matched by characters and overlapping pairs', () => {
  assert.deepEqual(termsOf('奧地利'), ['奧', '地', '奧地', '利', '地利']);
  assert.deepEqual(termsOf('opt 關閉'), ['opt', '關', '閉', '關閉']);
});

test('a Chinese name with one wrong character still finds its page', () => {
  assert.equal(top('奧地俐', 'zh-hk')[0], '/regions/austria/');
  assert.equal(top('意大俐', 'zh-hk')[0], '/regions/italy/');
});

test('every word counts, the rarer more: a place named with common words leads to its page', () => {
  assert.equal(top('linkedin ai italia')[0], '/regions/italy/');
  assert.equal(top('is linkedin training ai in österreich')[0], '/regions/austria/');
});

test('words a family of template pages all share weigh little there: a general answer leads', () => {
  assert.equal(top('who do i complain to about linkedin')[0], '/faq/#complain');
  // …and the page of the country named leads when one is named.
  assert.equal(top('complain linkedin spain')[0], '/regions/spain/#regulator');
});

test('a page that only shares the words every page holds is not counted as a result', () => {
  // Every page says "LinkedIn" and "AI"; only Italy's page is about Italia.
  assert.deepEqual(
    top('linkedin ai italia').map((url) => url.split('#')[0]),
    ['/regions/italy/'],
  );
});

test('questions an answer answers, indexed but not shown, find it in other words', () => {
  assert.equal(top('is my child affected')[0], '/faq/#under-18');
});

test('vocabulary adds the guide’s words and keeps the reader’s', () => {
  const index = loadIndex(guide());
  const terms = understand('my kids', 'en', index).terms.map((t) => t.term);
  assert.ok(terms.includes('kid') && terms.includes('18'), terms.join(' '));
  assert.deepEqual(addedWords('點樣閂咗佢', 'zh-hk'), ['關閉', '如何 怎樣', '他']);
  assert.equal(top('my kids')[0], '/faq/#under-18');
});

test('a misspelt word is mended to the nearest word a page holds, and the reader is told', () => {
  const index = loadIndex(guide());
  assert.equal(correctWord('complian', index), 'complain');
  assert.equal(correctWord('swich', index), 'switch');
  assert.equal(correctWord('linkedin', index), undefined);
  assert.deepEqual(understand('chek it workd', 'en', index).added, ['check', 'work']);
  assert.equal(top('chek it workd')[0], '/opt-out/#check-that-it-worked');
});

test('editDistance counts an adjacent swap as one edit and gives up above the limit', () => {
  assert.equal(editDistance('irleand', 'ireland'), 1);
  assert.equal(editDistance('abc', 'xyz', 1), 2);
});

test('a long section is scored by passages, and a Chinese run cut in two keeps its pairs', () => {
  assert.deepEqual(passages('a b c d e', 2), ['a b', 'c d', 'e']);
  const cut = passages('一二三四五六', 1);
  assert.deepEqual(cut, ['一二', '二三四', '四五六']);
});

test('searchGuide asks Pagefind for the words the field index lacks, and for every page by filter alone', async () => {
  const index = loadIndex(guide());
  const asked: string[] = [];
  const found = await searchGuide('is my child affected in narnia', 'en', index, {
    search: async (words) => (asked.push(words), []),
    all: async () => (asked.push('(every page)'), ['p0', 'p1', 'p2', 'p3', 'p4']),
    id: (r) => r,
    names: async () => '',
  });
  assert.deepEqual(asked, ['narnia', '(every page)']);
  assert.equal(found?.pages[0]?.url, '/faq/');
  assert.equal(found?.pages[0]?.anchors[0], 'under-18');
});

test('searchGuide counts a word Pagefind finds in the names of a page whose names the index leaves out', async () => {
  const file = guide();
  file.sections.push([file.pages.length, '', '', '', indexText('Everywhere else, LinkedIn has trained on data since 2024.')]);
  file.pages.push(['p-elsewhere', '/regions/elsewhere/', indexText('Everywhere else'), '', 1]);
  const index = loadIndex(file);
  const engine = {
    // Pagefind finds the page for the start of a name too ("bra…"), and for a near spelling.
    search: async (words: string) => (['brazil', 'bra', 'brasil'].includes(words) ? ['p-elsewhere'] : []),
    all: async () => file.pages.map(([id]) => id),
    id: (r: string) => r,
    names: async (r: string) => (r === 'p-elsewhere' ? 'Brazil · Brasil · Bahrain' : ''),
  };
  assert.equal((await searchGuide('brazil linkedin', 'en', index, engine))?.pages[0]?.url, '/regions/elsewhere/');
  assert.equal((await searchGuide('brasil linkedin', 'en', index, engine))?.pages[0]?.url, '/regions/elsewhere/');
  // "bra" is no name of the page: it is not ranked first for it.
  assert.notEqual((await searchGuide('bra linkedin', 'en', index, engine))?.pages[0]?.url, '/regions/elsewhere/');
});

test('a search that a newer one replaced gives nothing', async () => {
  const replaced = { search: async () => null, all: async () => null, id: (r: string) => r, names: async () => '' };
  assert.equal(await searchGuide('complain', 'en', loadIndex(guide()), replaced), null);
  assert.equal(await searchGuide('complain narnia', 'en', loadIndex(guide()), replaced), null);
});

test('a country code typed in capitals reads as the country, unless it is a word of the guide or the query shouts', () => {
  const index = loadIndex(guide());
  assert.deepEqual(countriesByCode('I’m in the US, am I affected?', 'en', index), ['United States']);
  assert.deepEqual(countriesByCode('is IT covered', 'en', index), ['Italy']);
  assert.equal(top('IT regulator')[0], '/regions/italy/');
  // AI is in the guide's titles; CV and HR are everyday words terms.ts knows; "us" in lower case is a pronoun.
  assert.deepEqual(countriesByCode('AI and my CV, HR says', 'en', index), []);
  assert.deepEqual(countriesByCode('does it affect us', 'en', index), []);
  assert.deepEqual(countriesByCode('AM I IN THE US', 'en', index), []);
});

test('a result’s passage starts after the other names a Chinese region page indexes ahead of its title', () => {
  // As Pagefind keeps them: Chinese split at word breaks, the names closed with a full stop.
  const words = '香港\u200b特區 \u200b· \u200b港 \u200b· \u200b香港\u200b. \u200b香港\u200b：\u200b領\u200b英 會。'.split(/[\s\u200b]+/);
  assert.equal(words[afterOtherNames(words, 0, '香港特區 · 港 · 香港')], '香港');
  assert.equal(words[afterOtherNames(words, 0, '香港特區 · 港 · 香港') + 1], '：');
  assert.equal(afterOtherNames(words, 0, undefined), 0);
  // Only where the text really starts with them.
  assert.equal(afterOtherNames(words, 7, '香港特區 · 港 · 香港'), 7);
});

test('the passage marks a page’s words by the searched terms, whatever their case, accents, width or script', () => {
  const matches = excerptMatcher(termsOf(indexText('résumé settings 私隱 設定')));
  for (const word of ['Résumés', 'RESUME', 'Settings', 'ｓｅｔｔｉｎｇｓ', '私隱', '设定', '設定。'])
    assert.equal(matches(word), true, word);
  for (const word of ['LinkedIn', '會員', 'switch', '.']) assert.equal(matches(word), false, word);
  // A word is passed over by its first letters only where its stem could not be a searched one.
  const stems = excerptMatcher(termsOf(indexText('flies opted out policy')));
  for (const word of ['fly', 'Flies', 'opt-out', 'OPTING', '(policies)', 'LinkedIn’s policy']) assert.equal(stems(word), true, word);
  for (const word of ['option', 'politics', 'about']) assert.equal(stems(word), false, word);
});
