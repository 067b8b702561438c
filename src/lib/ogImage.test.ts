import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keepWordsTogether } from './ogImage.ts';

test('a share card never breaks a line inside a Chinese word or a date', () => {
  const breaks = (text: string) =>
    keepWordsTogether(text)
      .split(/(?<!\u2060)(?=[^\u2060])/u)
      .map((piece) => piece.replaceAll('\u2060', ''));
  // The listed names, whatever the word breaker makes of them.
  assert.ok(breaks('英國及加拿大').includes('加拿大'));
  assert.ok(breaks('訓練人工智能').includes('人工智能'));
  // Words the word breaker finds, which the Hong Kong editor saw split on the cards (訓 / 練, 推 / 薦).
  assert.ok(breaks('以會員資料作訓練').includes('訓練'));
  assert.ok(breaks('我們推薦你').includes('推薦'));
  // A date stays on one line (2025年11 / 月3日 was seen), with the word that leads into it (由 was seen alone).
  assert.ok(breaks('自2025年11月3日起').some((piece) => piece.startsWith('自2025年11月3日')));
  assert.ok(breaks('會員由2025年11月3日起').some((piece) => piece.startsWith('由2025年11月3日')));
  // A short title in book-title marks is one name (《歐洲地區私隱 / 通知》 was seen).
  assert.ok(breaks('領英的《歐洲地區私隱通知》指出').some((piece) => piece.includes('《歐洲地區私隱通知》')));
  // The compound term stays whole (生成式 / 人工智能 was seen on the region cards).
  assert.ok(breaks('以資料訓練生成式人工智能模型的做法').some((piece) => piece.includes('生成式人工智能')));
  // No one- or two-character last line (嗎？ alone was seen), and a short question stays whole (是甚麼？我 / 需要填嗎？).
  assert.ok(breaks('領英會使用我的私人訊息嗎？').at(-1)!.length >= 4);
  assert.ok(breaks('表格是甚麼？我需要填嗎？').includes('我需要填嗎？'));
});
