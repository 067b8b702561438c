import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillTemplate } from './fillTemplate.ts';

test('fills known placeholders and leaves the others', () => {
  assert.equal(fillTemplate('{n} boats in {place}', { n: 3, place: 'the harbour' }), '3 boats in the harbour');
  assert.equal(fillTemplate('Seen {when}.'), 'Seen {when}.');
  assert.equal(fillTemplate('{value}', { value: '<script>' }), '<script>', 'plain text in, plain text out: callers set textContent');
});
