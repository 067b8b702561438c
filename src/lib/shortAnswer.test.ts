import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerWeight, cardAnswer, CARD_ANSWER_MOST, visualLength } from './shortAnswer.ts';
import { faqs } from '../data/faqs.ts';
import { locales } from './i18n.ts';

test('a card answer is its plain words: markup and LinkedIn labels become text', () => {
  assert.equal(cardAnswer('據{en:TechRadar}引述，領英表示會這樣做。', 'zh-hk'), '據TechRadar引述，領英表示會這樣做。');
  assert.equal(cardAnswer('See the [full timeline](/timeline/) for every date.', 'en'), 'See the full timeline for every date.');
  assert.match(cardAnswer('Switch {linkedin:aiSetting} to {linkedin:off}.', 'en'), /^Switch Data for Generative AI Improvement to Off\.$/);
});

test('a card answer that would not fit the card, or stops mid-sentence, fails the build instead of being cut', () => {
  assert.throws(() => cardAnswer(`LinkedIn lists ${'your profile and posts, '.repeat(8)}and more.`, 'en'), /runs to/);
  assert.throws(() => cardAnswer(`領英列出${'你的個人檔案及帖文、'.repeat(8)}等等。`, 'zh-hk'), /runs to/);
  assert.throws(() => cardAnswer('Open the setting and', 'en'), /does not end a sentence/);
  assert.throws(() => cardAnswer('前往設定……', 'zh-hk'), /does not end a sentence/);
});

test('every FAQ answer has a card answer in each language that fits and ends a sentence', () => {
  for (const faq of faqs)
    for (const locale of locales) {
      const text = cardAnswer(faq.card[locale], locale);
      assert.ok(visualLength(text) <= CARD_ANSWER_MOST, `${faq.id} ${locale}`);
    }
});

test('a line is measured in Latin letters, a Chinese character as two, so a short Chinese headline is not short', () => {
  assert.equal(visualLength('Is LinkedIn training AI?'), 24);
  assert.equal(visualLength('領英是否用你的資料訓練人工智能？'), 32);
});

test('an answer weighs words in English; in Chinese characters, with an English name or label as one word', () => {
  assert.equal(answerWeight('Open the setting and switch it off.', 'en'), 7);
  assert.equal(answerWeight('領英（LinkedIn）可用你的資料。', 'zh-hk'), 12);
  assert.equal(answerWeight('前往Data for Generative AI Improvement設定。', 'zh-hk'), 6);
});
