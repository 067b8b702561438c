import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthsBefore, splitDue } from './review.ts';

test('checks are due on and after their date, oldest first', () => {
  const checks = [{ checkBy: '2027-02-01' }, { checkBy: '2026-12-01' }, { checkBy: '2027-01-15' }];
  assert.deepEqual(splitDue(checks, '2027-01-15'), {
    due: [{ checkBy: '2026-12-01' }, { checkBy: '2027-01-15' }],
    upcoming: [{ checkBy: '2027-02-01' }],
  });
});

test('months are counted back across years, with the day clamped to the month', () => {
  assert.equal(monthsBefore('2026-11-29', 6), '2026-05-29');
  assert.equal(monthsBefore('2027-02-15', 6), '2026-08-15');
  assert.equal(monthsBefore('2026-08-31', 6), '2026-02-28');
  assert.equal(monthsBefore('2028-08-31', 6), '2028-02-29');
});
