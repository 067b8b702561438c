import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareImageName, shareImagePath } from './shareImages.ts';

test('share cards are named by page, with the locale first except in English', () => {
  assert.equal(shareImageName('en', 'default'), 'default');
  assert.equal(shareImageName('zh-hk', 'default'), 'zh-hk-default');
  assert.equal(shareImagePath('en', { region: 'hong-kong' }), 'og/region-hong-kong.png');
  assert.equal(shareImagePath('zh-hk', { region: 'hong-kong' }), 'og/zh-hk-region-hong-kong.png');
});
