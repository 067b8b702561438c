import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerWeight, shortAnswer } from './shortAnswer.ts';

test('an answer that opens with a full sentence gives that sentence', () => {
  assert.equal(
    shortAnswer(['Most members are affected, unless they switched it off. Some are not.', 'More.'], 'en'),
    'Most members are affected, unless they switched it off.',
  );
  const zhFirst = '大部分設定仍然開啟的領英會員都受影響，而除非你自行關閉，設定都是開啟的，香港、加拿大及歐洲的會員亦然。';
  assert.equal(shortAnswer([`${zhFirst}當中有例外。`], 'zh-hk'), zhFirst);
});

test('a one-word answer takes the sentences that explain it', () => {
  assert.equal(
    shortAnswer(['No. LinkedIn says it does not use private messages. More detail follows here.'], 'en'),
    'No. LinkedIn says it does not use private messages.',
  );
  assert.equal(
    shortAnswer(['不會。領英表示不會使用私人訊息。盧森堡的資料保障機構亦有相同說法，並指會員可隨時關閉設定。其他說明。'], 'zh-hk'),
    '不會。領英表示不會使用私人訊息。盧森堡的資料保障機構亦有相同說法，並指會員可隨時關閉設定。',
  );
});

test('links and markup become their words', () => {
  assert.equal(
    shortAnswer(['See the [full timeline](/timeline/) for every date we could check.'], 'en'),
    'See the full timeline for every date we could check.',
  );
  assert.equal(shortAnswer(['據{en:TechRadar}引述，領英表示會這樣做。'], 'zh-hk'), '據TechRadar引述，領英表示會這樣做。');
});

test('a long answer is cut at a clause, with an ellipsis, within what a card holds', () => {
  const yes = shortAnswer(
    [
      'Yes. Its policy lets it share your public content, such as public posts, so that they can provide or develop their services, and other affiliates may do the same with it for their own advertising.',
    ],
    'en',
  );
  assert.equal(
    yes,
    'Yes. Its policy lets it share your public content, such as public posts, so that they can provide or develop their services…',
  );
});

test('a long sentence without clauses is cut at a word', () => {
  const long = `LinkedIn lists ${'your profile and your posts and your comments and '.repeat(8)}more.`;
  const en = shortAnswer([long], 'en');
  assert.ok(en.length <= 160, en);
  assert.match(en, /[a-z]…$/);
  assert.ok(long.startsWith(en.slice(0, -1)));
  const zh = shortAnswer([`領英列出：${'你的個人檔案及帖文及Data for Generative AI Improvement '.repeat(4)}等等。`], 'zh-hk');
  assert.ok(zh.length <= 80, zh);
  assert.doesNotMatch(zh, /[A-Za-z]…$/, 'no English word is cut in two');
  assert.match(zh, /…$/);
});

test('an answer weighs words in English; in Chinese characters, with an English name or label as one word', () => {
  assert.equal(answerWeight('Open the setting and switch it off.', 'en'), 7);
  assert.equal(answerWeight('領英（LinkedIn）可用你的資料。', 'zh-hk'), 12);
  assert.equal(answerWeight('前往Data for Generative AI Improvement設定。', 'zh-hk'), 6);
});
