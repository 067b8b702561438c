import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortAnswer } from './shortAnswer.ts';

test('an answer that opens with a full sentence gives that sentence', () => {
  assert.equal(
    shortAnswer(['Most members are affected, unless they switched it off. Some are not.', 'More.'], 'en'),
    'Most members are affected, unless they switched it off.',
  );
  assert.equal(shortAnswer(['大部分會員都受影響，除非已關閉設定。當中有例外。'], 'zh-hk'), '大部分會員都受影響，除非已關閉設定。');
});

test('a one-word answer takes the sentences that explain it', () => {
  assert.equal(
    shortAnswer(['No. LinkedIn says it does not use private messages. More detail follows here.'], 'en'),
    'No. LinkedIn says it does not use private messages.',
  );
  assert.equal(shortAnswer(['不會。領英表示不會使用私人訊息。其他說明。'], 'zh-hk'), '不會。領英表示不會使用私人訊息。');
});

test('links and markup become their words', () => {
  assert.equal(
    shortAnswer(['See the [full timeline](/timeline/) for every date we could check.'], 'en'),
    'See the full timeline for every date we could check.',
  );
  assert.equal(shortAnswer(['據{en:TechRadar}引述，領英表示會這樣做。'], 'zh-hk'), '據TechRadar引述，領英表示會這樣做。');
});

test('a long sentence is cut at a word, with an ellipsis, within what a card holds', () => {
  const long = `LinkedIn lists ${'your profile, your posts, your comments, '.repeat(8)}and more.`;
  const en = shortAnswer([long], 'en');
  assert.ok(en.length <= 160, en);
  assert.match(en, /[a-z]…$/);
  assert.ok(long.startsWith(en.slice(0, -1)));
  const zh = shortAnswer([`領英列出：${'你的個人檔案、你的帖文、'.repeat(10)}等等。`], 'zh-hk');
  assert.ok(zh.length <= 64, zh);
  assert.match(zh, /…$/);
});
