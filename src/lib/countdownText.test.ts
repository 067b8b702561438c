import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countdownText as build, COUNTDOWN_KEYS, type CountdownMessages } from './countdownText.ts';
import { ui } from '../data/ui.ts';
import type { Elapsed } from './timeSince.ts';

const messages = (locale: 'en' | 'zh-hk') => Object.fromEntries(COUNTDOWN_KEYS.map((k) => [k, ui[locale][k]])) as CountdownMessages;
const countdownText = (state: Elapsed, date: string, locale: 'en' | 'zh-hk') =>
  build(state, date, messages(locale), locale === 'en' ? 'en-GB' : 'zh-HK');

test('before the moment: a countdown without a dash', () => {
  const text = countdownText({ phase: 'before', days: 1234, hours: 5, minutes: 1 }, '3 November 2025', 'en');
  assert.equal(text.lead, 'LinkedIn starts training on members’ data here on 3 November 2025, in');
  assert.equal(text.count, '1,234 days, 5 hours and 1 minute');
  assert.equal(text.dash, false);
  assert.match(text.meaning, /before then/);
});

test('at the moment and after it', () => {
  assert.equal(countdownText({ phase: 'at', days: 0, hours: 0, minutes: 0 }, '3 November 2025', 'en').count, '');
  const after = countdownText({ phase: 'after', days: 391, hours: 0, minutes: 0 }, '3 November 2025', 'en');
  assert.equal(after.count, '391 days');
  assert.equal(after.dash, true);
  assert.match(after.meaning, /stops future use only/);
  assert.equal(countdownText({ phase: 'after', days: 1, hours: 0, minutes: 0 }, '3 November 2025', 'en').count, '1 day');
});

test('Chinese uses its own words and numerals format', () => {
  const after = countdownText({ phase: 'after', days: 1391, hours: 0, minutes: 0 }, '2025年11月3日', 'zh-hk');
  assert.equal(after.count, '1,391 日');
  assert.match(after.lead, /2025年11月3日/);
});
