import { TZDate } from '@date-fns/tz';

/** Phase of a moment relative to now: still ahead, happening this minute, or past. */
export type Phase = 'before' | 'at' | 'after';

export interface Elapsed {
  phase: Phase;
  /** Before: whole days, hours and minutes left. After: calendar days since, in the place's zone. */
  days: number;
  hours: number;
  minutes: number;
}

const MINUTE = 60_000;

/** The instant a calendar day starts in an IANA zone: startOfDayIn('2025-11-03', 'Asia/Hong_Kong') → 2025-11-02T16:00:00Z. */
export function startOfDayIn(isoDate: string, timeZone: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, 0, timeZone).getTime());
}

/**
 * Where `now` stands relative to `start`. Counting down, whole minutes are rounded up so the timer never shows
 * 0 minutes while the moment is still ahead; "at" covers the first minute after the moment, and "after" counts
 * calendar days in the place's own zone, so a day changes at local midnight whatever daylight saving does.
 */
export function timeSince(start: Date, now: Date, timeZone: string): Elapsed {
  const diff = now.getTime() - start.getTime();
  if (diff < 0) {
    const minutesLeft = Math.ceil(-diff / MINUTE);
    return {
      phase: 'before',
      days: Math.floor(minutesLeft / 1440),
      hours: Math.floor((minutesLeft % 1440) / 60),
      minutes: minutesLeft % 60,
    };
  }
  if (diff < MINUTE) return { phase: 'at', days: 0, hours: 0, minutes: 0 };
  // Compare the two calendar dates as the place sees them. Going through Intl rather than a TZDate keeps the
  // browser bundle small and works with any Date implementation (including test clocks).
  const days = daysBetween(isoDateIn(start, timeZone), isoDateIn(now, timeZone));
  return { phase: 'after', days, hours: 0, minutes: 0 };
}

/**
 * The calendar date ('2026-11-29') an instant falls on in a zone. The date is read from the formatter's typed parts,
 * never from its formatted text: the order and separators of `format()` depend on the engine's ICU data (WebKitGTK
 * with ICU 72 answers '11/29/2026' for 'en-CA'). The Gregorian calendar and Latin digits are asked for so that
 * every part is the number it should be, whatever the locale's defaults.
 */
export function isoDateIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    numberingSystem: 'latn',
    calendar: 'gregory',
  }).formatToParts(instant);
  const part = (type: 'year' | 'month' | 'day') => {
    const value = Number(parts.find((p) => p.type === type)?.value);
    if (!Number.isInteger(value)) throw new RangeError(`No ${type} in the date of ${instant.toISOString()} in ${timeZone}`);
    return value;
  };
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(part('year'), 4)}-${pad(part('month'), 2)}-${pad(part('day'), 2)}`;
}

/** Whole days from one calendar date to another ('2025-11-03' → '2026-11-03' is 365), free of any time zone. */
export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  const utc = (d: string) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((utc(toIsoDate) - utc(fromIsoDate)) / 86_400_000);
}
