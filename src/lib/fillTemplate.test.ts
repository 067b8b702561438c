import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillTemplate } from './fillTemplate.ts';

test('fills known placeholders and leaves the others', () => {
  assert.equal(fillTemplate('{n} days since {date}', { n: 3, date: '3 November 2025' }), '3 days since 3 November 2025');
  assert.equal(fillTemplate('As of {date}.'), 'As of {date}.');
  assert.equal(fillTemplate('{value}', { value: '<script>' }), '<script>', 'plain text in, plain text out: callers set textContent');
});
