import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countdownText, type CountdownMessages } from './countdownText.ts';

// The function's own messages, not the site's copy (src/data/ui.ts): what it must do is pick the right one and fill
// it, whatever the words. The pages' real text is checked in the browser (e2e/regions.spec.ts).
const words: CountdownMessages = {
  'countdown.before': 'starts on {date}, in',
  'countdown.parts': '{d}, {h} and {m}',
  'countdown.today': 'starts now, on {date}',
  'countdown.since': 'since {date}',
  'countdown.meaningBefore': 'BEFORE',
  'countdown.meaningAfter': 'AFTER',
  'unit.day.one': '{n} day',
  'unit.day.other': '{n} days',
  'unit.hour.one': '{n} hour',
  'unit.hour.other': '{n} hours',
  'unit.minute.one': '{n} minute',
  'unit.minute.other': '{n} minutes',
};
/** A language with one form for every number, no joining words, and a date written its own way. */
const counters: CountdownMessages = {
  ...words,
  'countdown.since': '自{date}起',
  'countdown.parts': '{d} {h} {m}',
  'unit.day.one': '{n} 日',
  'unit.day.other': '{n} 日',
  'unit.hour.one': '{n} 小時',
  'unit.hour.other': '{n} 小時',
  'unit.minute.one': '{n} 分',
  'unit.minute.other': '{n} 分',
};

test('before the moment: a countdown without a dash', () => {
  const text = countdownText({ phase: 'before', days: 1234, hours: 5, minutes: 1 }, 'D-day', words, 'en-GB');
  assert.equal(text.lead, 'starts on D-day, in');
  assert.equal(text.count, '1,234 days, 5 hours and 1 minute');
  assert.equal(text.dash, false);
  assert.equal(text.meaning, 'BEFORE');
});

test('at the moment and after it', () => {
  const at = countdownText({ phase: 'at', days: 0, hours: 0, minutes: 0 }, 'D-day', words, 'en-GB');
  assert.deepEqual(at, { lead: 'starts now, on D-day', count: '', dash: false, meaning: 'AFTER' });
  const after = countdownText({ phase: 'after', days: 391, hours: 0, minutes: 0 }, 'D-day', words, 'en-GB');
  assert.equal(after.lead, 'since D-day');
  assert.equal(after.count, '391 days');
  assert.equal(after.dash, true);
  assert.equal(after.meaning, 'AFTER');
  assert.equal(countdownText({ phase: 'after', days: 1, hours: 0, minutes: 0 }, 'D-day', words, 'en-GB').count, '1 day');
});

test('another language uses its own words and its own number format', () => {
  const after = countdownText({ phase: 'after', days: 1391, hours: 0, minutes: 0 }, '2025年11月3日', counters, 'zh-HK');
  assert.equal(after.count, '1,391 日');
  assert.equal(after.lead, '自2025年11月3日起');
  const before = countdownText({ phase: 'before', days: 2, hours: 1, minutes: 1 }, '2025年11月3日', counters, 'zh-HK');
  assert.equal(before.count, '2 日 1 小時 1 分');
  assert.equal(countdownText({ phase: 'after', days: 1234, hours: 0, minutes: 0 }, 'x', words, 'de-DE').count, '1.234 days');
});
