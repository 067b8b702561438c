import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateSortKey, formatDate, formatMonth, formatSince } from './dates.ts';

test('formats calendar dates for each locale', () => {
  assert.equal(formatDate('2025-11-03', 'en'), '3 November 2025');
  assert.equal(formatDate('2025-11-03', 'zh-hk'), '2025年11月3日');
  assert.equal(formatMonth('2024-10', 'en'), 'October 2024');
  assert.equal(formatMonth('2025-04-01', 'zh-hk'), '2025年4月');
});

test('a “since” date known only as “at the latest” names its month, never a day that reads as the start', () => {
  assert.equal(formatSince('2024-09-18', true, 'en'), 'September 2024');
  assert.equal(formatSince('2024-09-18', true, 'zh-hk'), '2024年9月');
  assert.equal(formatSince('2025-11-03', false, 'zh-hk'), '2025年11月3日');
});

test('a date is the same day whatever the machine’s time zone', () => {
  // parseISO reads a date-only string as local midnight, so formatting never crosses into another day.
  assert.equal(formatDate('2024-09-18', 'en'), '18 September 2024');
});

test('a month-only date sorts after the days of that month', () => {
  const dates = ['2024-10', '2024-10-15', '2024-10-03', '2024-12-10', '2024-09-18'];
  assert.deepEqual(
    [...dates].sort((a, b) => (dateSortKey(a) < dateSortKey(b) ? -1 : 1)),
    ['2024-09-18', '2024-10-03', '2024-10-15', '2024-10', '2024-12-10'],
  );
});
