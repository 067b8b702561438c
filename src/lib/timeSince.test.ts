import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysBetween, isoDateIn, startOfDayIn, timeSince } from './timeSince.ts';
import { regions } from '../data/regions.ts';

const HK = 'Asia/Hong_Kong';
const hkStart = startOfDayIn('2025-11-03', HK);
const at = (iso: string) => new Date(iso);

test('the change starts at local midnight in each zone', () => {
  assert.equal(hkStart.toISOString(), '2025-11-02T16:00:00.000Z');
  assert.equal(startOfDayIn('2025-11-03', 'Europe/London').toISOString(), '2025-11-03T00:00:00.000Z', 'UK is on GMT by November');
  assert.equal(startOfDayIn('2025-11-03', 'Europe/Zurich').toISOString(), '2025-11-02T23:00:00.000Z', 'CET, UTC+1');
  assert.equal(startOfDayIn('2025-11-03', 'America/Toronto').toISOString(), '2025-11-03T05:00:00.000Z', 'EST began on 2 November');
  assert.equal(startOfDayIn('2025-11-03', 'America/St_Johns').toISOString(), '2025-11-03T03:30:00.000Z', 'half-hour zone');
});

test('one second before, at, and one second after the moment', () => {
  const before = timeSince(hkStart, new Date(hkStart.getTime() - 1000), HK);
  assert.deepEqual(before, { phase: 'before', days: 0, hours: 0, minutes: 1 }, 'never shows zero while still ahead');
  assert.deepEqual(timeSince(hkStart, hkStart, HK), { phase: 'at', days: 0, hours: 0, minutes: 0 });
  assert.deepEqual(timeSince(hkStart, new Date(hkStart.getTime() + 1000), HK), { phase: 'at', days: 0, hours: 0, minutes: 0 });
  assert.deepEqual(timeSince(hkStart, new Date(hkStart.getTime() + 60_000), HK), { phase: 'after', days: 0, hours: 0, minutes: 0 });
});

test('counts down in days, hours and minutes', () => {
  assert.deepEqual(timeSince(hkStart, at('2025-10-31T13:30:00Z'), HK), { phase: 'before', days: 2, hours: 2, minutes: 30 });
  assert.deepEqual(timeSince(hkStart, at('2025-11-02T15:00:30Z'), HK), { phase: 'before', days: 0, hours: 1, minutes: 0 });
});

test('counts calendar days since, changing at local midnight', () => {
  assert.equal(timeSince(hkStart, at('2025-11-03T15:59:59Z'), HK).days, 0, 'still 3 November in Hong Kong');
  assert.equal(timeSince(hkStart, at('2025-11-03T16:00:00Z'), HK).days, 1, 'midnight of 4 November in Hong Kong');
  assert.equal(timeSince(hkStart, at('2026-11-03T04:00:00Z'), HK).days, 365);
  assert.equal(timeSince(hkStart, at('2026-11-29T04:00:00Z'), HK).days, 391);
});

test('daylight saving changes do not shift the day count (London, Zurich, Toronto)', () => {
  const cases: [string, string, string, number][] = [
    // zone, instant just after local midnight once summer time has begun, expected days since 3 Nov 2025
    ['Europe/London', '2026-03-30T23:30:00Z', '2026-03-31', 148],
    ['Europe/Zurich', '2026-03-30T22:30:00Z', '2026-03-31', 148],
    ['America/Toronto', '2026-03-10T04:30:00Z', '2026-03-10', 127],
    // and after it ends again in autumn
    ['Europe/London', '2026-10-26T00:30:00Z', '2026-10-26', 357],
    ['America/Toronto', '2026-11-02T05:30:00Z', '2026-11-02', 364],
  ];
  for (const [zone, instant, localDate, days] of cases) {
    const start = startOfDayIn('2025-11-03', zone);
    assert.equal(isoDateIn(at(instant), zone), localDate, `${instant} is ${localDate} in ${zone}`);
    assert.equal(timeSince(start, at(instant), zone).days, days, `${zone} at ${instant}`);
  }
});

test('leap days count once', () => {
  const start = startOfDayIn('2028-02-28', 'Europe/London');
  assert.equal(timeSince(start, at('2028-03-01T12:00:00Z'), 'Europe/London').days, 2, '28 Feb → 1 Mar 2028 crosses 29 Feb');
  const hk = startOfDayIn('2025-11-03', HK);
  assert.equal(timeSince(hk, at('2029-11-03T04:00:00Z'), HK).days, 1461, 'four years including 29 Feb 2028');
});

test('every jurisdiction’s zone is valid and starts the change on its own calendar day', () => {
  for (const region of regions) {
    for (const zone of region.timeZones) {
      assert.doesNotThrow(() => new Intl.DateTimeFormat('en', { timeZone: zone }), `${region.slug}: ${zone}`);
    }
    const start = startOfDayIn(region.trainingSince, region.timeZone);
    assert.equal(isoDateIn(start, region.timeZone), region.trainingSince, region.slug);
    assert.equal(
      isoDateIn(new Date(start.getTime() - 1), region.timeZone) < region.trainingSince,
      true,
      `${region.slug}: a moment earlier is the day before`,
    );
    assert.equal(timeSince(start, new Date(start.getTime() + 86_400_000 * 10 + 3_600_000 * 3), region.timeZone).days, 10, region.slug);
  }
});

test('a clock years off still gives a sensible state', () => {
  assert.equal(timeSince(hkStart, at('2020-01-01T00:00:00Z'), HK).phase, 'before');
  assert.ok(timeSince(hkStart, at('2020-01-01T00:00:00Z'), HK).days > 2000);
  assert.equal(timeSince(hkStart, at('2040-01-01T00:00:00Z'), HK).days, 5172);
});

test('daysBetween counts calendar days across leap years and in reverse', () => {
  assert.equal(daysBetween('2025-11-03', '2026-11-03'), 365);
  assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
  assert.equal(daysBetween('2025-11-03', '2025-11-03'), 0);
  assert.equal(daysBetween('2025-11-03', '2025-11-02'), -1);
});

/**
 * Engines disagree on what a locale's date looks like: WebKitGTK with ICU 72 formats 'en-CA' as '11/29/2026', where
 * Chromium and Node give '2026-11-29'. Run the date logic with a DateTimeFormat that ignores the requested locale
 * and answers in another order and script, as such an engine would.
 */
function withFormatterLocale<T>(forcedLocale: string, run: () => T): T {
  const Original = Intl.DateTimeFormat;
  const Forced = function (_locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    return new Original(forcedLocale, options);
  } as unknown as typeof Intl.DateTimeFormat;
  Object.assign(Forced, { supportedLocalesOf: Original.supportedLocalesOf });
  Intl.DateTimeFormat = Forced;
  try {
    return run();
  } finally {
    Intl.DateTimeFormat = Original;
  }
}

test('the calendar date does not depend on how the engine formats dates', () => {
  const instant = at('2026-11-29T04:00:00Z');
  // month/day/year (the WebKit bug), day.month.year, year/month/day with CJK marks, Arabic-Indic digits, and the Persian calendar by default.
  for (const locale of ['en-US', 'de-DE', 'zh-HK', 'ar-EG', 'fa-IR']) {
    withFormatterLocale(locale, () => {
      assert.equal(
        new Intl.DateTimeFormat('en-CA').resolvedOptions().locale.startsWith(locale.slice(0, 2)),
        true,
        'the stand-in is in force',
      );
      assert.equal(isoDateIn(instant, HK), '2026-11-29', locale);
      assert.equal(isoDateIn(at('2026-01-05T20:00:00Z'), HK), '2026-01-06', `${locale}: single-digit month and day`);
      assert.deepEqual(timeSince(hkStart, instant, HK), { phase: 'after', days: 391, hours: 0, minutes: 0 }, locale);
    });
  }
});
