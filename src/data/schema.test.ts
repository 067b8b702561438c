import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isIsoDate, isoDate, isoDateOrMonth } from './schema.ts';

test('dates in the data must exist on the calendar', () => {
  assert.equal(isoDate.safeParse('2025-11-03').success, true);
  assert.equal(isoDate.safeParse('2024-02-29').success, true, 'a leap day');
  for (const bad of ['2025-02-30', '2025-02-29', '2025-13-01', '2025-11-3', '3 November 2025', '']) {
    assert.equal(isoDate.safeParse(bad).success, false, bad);
  }
});

test('a month stands for a period where no day is known', () => {
  assert.equal(isoDateOrMonth.safeParse('2024-10').success, true);
  assert.equal(isoDateOrMonth.safeParse('2024-10-15').success, true);
  assert.equal(isoDateOrMonth.safeParse('2024-13').success, false);
  assert.equal(isoDateOrMonth.safeParse('2024-10-32').success, false);
});

test('isIsoDate accepts real dates only', () => {
  assert.ok(isIsoDate('2024-02-29'));
  assert.ok(!isIsoDate('2025-02-29'));
  assert.ok(!isIsoDate('2025-13-01'));
  assert.ok(!isIsoDate('3 Nov 2025'));
  assert.ok(isIsoDate('0099-01-31'), 'a two-digit year is not read as 19xx');
});
