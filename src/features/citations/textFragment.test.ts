import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeTextDirectivePart, textDirective, textFragmentUrl } from './textFragment.ts';

test('the directive syntax characters inside a quote are encoded: dash, comma, ampersand', () => {
  assert.equal(encodeTextDirectivePart('opt-out, now & later'), 'opt%2Dout%2C%20now%20%26%20later');
});

test('quotes, apostrophes, brackets and curly punctuation are encoded, never left raw', () => {
  assert.equal(encodeTextDirectivePart(`"on" isn't (all)`), '%22on%22%20isn%27t%20%28all%29');
  assert.equal(encodeTextDirectivePart('set to “on” – won’t'), 'set%20to%20%E2%80%9Con%E2%80%9D%20%E2%80%93%20won%E2%80%99t');
});

test('Chinese text is percent-encoded as UTF-8', () => {
  assert.equal(encodeTextDirectivePart('私隱專員'), '%E7%A7%81%E9%9A%B1%E5%B0%88%E5%93%A1');
});

test('a short quote is matched whole, with its whitespace collapsed', () => {
  assert.equal(textDirective('  Opting out does not\naffect training  '), 'text=Opting%20out%20does%20not%20affect%20training');
});

test('a long quote is matched by its first and last five words', () => {
  const quote =
    'Turning the setting off means that we (LinkedIn and our affiliates) won’t use the data and content you provided to LinkedIn to train models that generate content going forward.';
  assert.equal(textDirective(quote), 'text=Turning%20the%20setting%20off%20means,that%20generate%20content%20going%20forward.');
});

test('a Chinese quote over 40 characters is matched by its first and last eight', () => {
  const quote = '公署建議用戶細閱私隱政策，並因應自己的情況決定是否容許平台使用其個人資料訓練生成式人工智能模型，如不同意可撤回授權。';
  assert.equal(textDirective(quote), `text=${encodeURIComponent('公署建議用戶細閱')},${encodeURIComponent('同意可撤回授權。')}`);
});

test('the fragment is added to the address, or joins a fragment it already has', () => {
  assert.equal(textFragmentUrl('https://example.org/a', 'Hello'), 'https://example.org/a#:~:text=Hello');
  assert.equal(textFragmentUrl('https://example.org/a#part', 'Hello'), 'https://example.org/a#part:~:text=Hello');
  assert.equal(textFragmentUrl('https://example.org/a?x=1&y=2', 'a-b'), 'https://example.org/a?x=1&y=2#:~:text=a%2Db');
});
