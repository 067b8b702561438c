import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countdownText, type CountdownMessages } from './countdownText.ts';

// The function's own messages, not the site's copy (src/data/ui.ts): what it must do is pick the right one and fill
// it, whatever the words. The pages' real text is checked in the browser (e2e/regions.spec.ts, e2e/journeys.spec.ts).
const words: CountdownMessages = {
  'countdown.before': '{where}, it starts on {date}, in {count}.',
  'countdown.parts': '{d}, {h} and {m}',
  'countdown.today': '{where}, it starts now, on {date}.',
  'countdown.since': '{where}, since {date}: {count}.',
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
  'countdown.since': '{where}，自{date}起，至今{count}。',
  'countdown.parts': '{d}{h}{m}',
  'unit.day.one': '{n}日',
  'unit.day.other': '{n}日',
  'unit.hour.one': '{n}小時',
  'unit.hour.other': '{n}小時',
  'unit.minute.one': '{n}分',
  'unit.minute.other': '{n}分',
};

test('before the moment: the statement around the time left', () => {
  const text = countdownText({ phase: 'before', days: 1234, hours: 5, minutes: 1 }, 'D-day', 'Here', words, 'en-GB');
  assert.equal(text.lead, 'Here, it starts on D-day, in ');
  assert.equal(text.count, '1,234 days, 5 hours and 1 minute');
  assert.equal(text.tail, '.');
  assert.equal(text.meaning, 'BEFORE');
});

test('at the moment and after it', () => {
  const at = countdownText({ phase: 'at', days: 0, hours: 0, minutes: 0 }, 'D-day', 'Here', words, 'en-GB');
  assert.deepEqual(at, { lead: 'Here, it starts now, on D-day.', count: '', tail: '', meaning: 'AFTER' });
  const after = countdownText({ phase: 'after', days: 391, hours: 0, minutes: 0 }, 'D-day', 'Here', words, 'en-GB');
  assert.deepEqual(after, { lead: 'Here, since D-day: ', count: '391 days', tail: '.', meaning: 'AFTER' });
  assert.equal(countdownText({ phase: 'after', days: 1, hours: 0, minutes: 0 }, 'D-day', 'Here', words, 'en-GB').count, '1 day');
});

test('another language uses its own words, punctuation and number format', () => {
  const after = countdownText({ phase: 'after', days: 1391, hours: 0, minutes: 0 }, '2025年11月3日', '在香港', counters, 'zh-HK');
  assert.deepEqual([after.lead, after.count, after.tail], ['在香港，自2025年11月3日起，至今', '1,391日', '。']);
  const before = countdownText({ phase: 'before', days: 2, hours: 1, minutes: 1 }, '2025年11月3日', '在香港', counters, 'zh-HK');
  assert.equal(before.count, '2日1小時1分');
  assert.equal(countdownText({ phase: 'after', days: 1234, hours: 0, minutes: 0 }, 'x', 'y', words, 'de-DE').count, '1.234 days');
});
