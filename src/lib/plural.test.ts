import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pluralForm } from './plural.ts';

test('English counts one as one and everything else as other', () => {
  assert.equal(pluralForm('en-GB', 1), 'one');
  for (const n of [0, 2, 21, 1.5]) assert.equal(pluralForm('en-GB', n), 'other', String(n));
});

test('Chinese has one form for every count', () => {
  for (const n of [0, 1, 2]) assert.equal(pluralForm('zh-HK', n), 'other', String(n));
});

test('forms a language has beyond one and other fall back to other', () => {
  assert.equal(pluralForm('pl', 3), 'other', 'Polish "few"');
  assert.equal(pluralForm('pl', 1), 'one');
});
