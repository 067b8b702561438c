import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMessages } from './islandMessages.ts';

const el = (messages?: string) => ({ dataset: messages === undefined ? {} : { messages } });

test('reads the named messages from data-messages', () => {
  assert.deepEqual(readMessages(el('{"copied":"Copied","failed":"Could not copy"}'), ['copied', 'failed']), {
    copied: 'Copied',
    failed: 'Could not copy',
  });
});

test('a missing, malformed or non-string message reads as empty, never as an error', () => {
  assert.deepEqual(readMessages(el(), ['copied']), { copied: '' });
  assert.deepEqual(readMessages(el('{not json'), ['copied']), { copied: '' });
  assert.deepEqual(readMessages(el('null'), ['copied']), { copied: '' });
  assert.deepEqual(readMessages(el('{"copied":3}'), ['copied']), { copied: '' });
});

test('names of Object.prototype are not messages', () => {
  assert.deepEqual(readMessages(el('{}'), ['constructor', 'toString']), { constructor: '', toString: '' });
});
