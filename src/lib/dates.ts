import { format, parseISO, type Locale as DateFnsLocale } from 'date-fns';
import { enGB, zhHK } from 'date-fns/locale';
import { localeRecords, type Locale } from '../data/locales.ts';

/** date-fns's month and day names for each locale (the patterns are in the locale record). */
const dateLocales: Record<Locale, DateFnsLocale> = { en: enGB, 'zh-hk': zhHK };

/** '2025-11-03' → '3 November 2025' (en) or '2025年11月3日' (zh-hk). Dates are calendar dates, never shifted by a time zone. */
export function formatDate(isoDate: string, locale: Locale): string {
  return format(parseISO(isoDate), localeRecords[locale].datePattern, { locale: dateLocales[locale] });
}

export function formatMonth(isoDate: string, locale: Locale): string {
  return format(parseISO(isoDate), localeRecords[locale].monthPattern, { locale: dateLocales[locale] });
}

/**
 * The date a "since" sentence gives. Where the guide knows only that something had begun by a date (the day LinkedIn
 * disclosed it, not the day it began), the sentence names the month, as the pages' prose does: "since September 2024
 * at the latest", never a day that reads as the start.
 */
export function formatSince(isoDate: string, atTheLatest: boolean, locale: Locale): string {
  return atTheLatest ? formatMonth(isoDate, locale) : formatDate(isoDate, locale);
}

/**
 * Orders ISO dates where some give only a month ('2024-10'): a month sorts after every day in it, because the
 * guide uses month-only dates for things known to have happened late in, or through, that month.
 * Compare keys by code unit (`<`), not localeCompare, which ignores the '~'.
 */
export function dateSortKey(isoDateOrMonth: string): string {
  return isoDateOrMonth.length === 7 ? `${isoDateOrMonth}-~` : isoDateOrMonth;
}
