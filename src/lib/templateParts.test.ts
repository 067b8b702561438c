import { test } from 'node:test';
import assert from 'node:assert/strict';
import { templateParts } from './templateParts.ts';

test('words and placeholders in the order the string gives them', () => {
  assert.deepEqual(templateParts('Tap {label}.'), [{ text: 'Tap ' }, { slot: 'label' }, { text: '.' }]);
  assert.deepEqual(templateParts('在香港，領英自{date}起，至今{count}。'), [
    { text: '在香港，領英自' },
    { slot: 'date' },
    { text: '起，至今' },
    { slot: 'count' },
    { text: '。' },
  ]);
});

test('placeholders at either end and side by side leave no empty words', () => {
  assert.deepEqual(templateParts('{a}{b}'), [{ slot: 'a' }, { slot: 'b' }]);
  assert.deepEqual(templateParts('no placeholder'), [{ text: 'no placeholder' }]);
  assert.deepEqual(templateParts(''), []);
});
