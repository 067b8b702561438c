import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateSortKey, formatDate, formatMonth } from './dates.ts';

test('formats calendar dates for each locale', () => {
  assert.equal(formatDate('2025-11-03', 'en'), '3 November 2025');
  assert.equal(formatDate('2025-11-03', 'zh-hk'), '2025年11月3日');
  assert.equal(formatMonth('2024-10', 'en'), 'October 2024');
  assert.equal(formatMonth('2025-04-01', 'zh-hk'), '2025年4月');
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
