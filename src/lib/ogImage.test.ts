import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keepWordsTogether, visualLength } from './ogImage.ts';

test('a share card never breaks a line inside 人工智能 or 加拿大', () => {
  assert.equal(keepWordsTogether('訓練人工智能', ['人工智能']), '訓練人\u2060工\u2060智\u2060能');
  assert.equal(keepWordsTogether('英國及加拿大'), '英國及加\u2060拿\u2060大');
});

test('a Chinese headline counts as long as it looks, so it gets the smaller size and one line', () => {
  assert.equal(visualLength('Is LinkedIn training AI?'), 24);
  assert.equal(visualLength('領英是否用你的資料訓練人工智能？'), 32);
});
