import { format, parseISO } from 'date-fns';
import { enGB, zhHK } from 'date-fns/locale';
import type { Locale } from './i18n.ts';

const dateLocales = { en: enGB, 'zh-hk': zhHK } as const;
// Day-first for English (the guide's readers are in Hong Kong, Europe and Canada) and 2025年11月3日 for Chinese.
const longDate: Record<Locale, string> = { en: 'd MMMM yyyy', 'zh-hk': 'yyyy年M月d日' };
const monthYear: Record<Locale, string> = { en: 'MMMM yyyy', 'zh-hk': 'yyyy年M月' };

/** '2025-11-03' → '3 November 2025' (en) or '2025年11月3日' (zh-hk). Dates are calendar dates, never shifted by a time zone. */
export function formatDate(isoDate: string, locale: Locale): string {
  return format(parseISO(isoDate), longDate[locale], { locale: dateLocales[locale] });
}

export function formatMonth(isoDate: string, locale: Locale): string {
  return format(parseISO(isoDate), monthYear[locale], { locale: dateLocales[locale] });
}

/** True when an ISO string is a real calendar date (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = parseISO(value);
  return !Number.isNaN(d.getTime()) && format(d, 'yyyy-MM-dd') === value;
}

/**
 * Orders ISO dates where some give only a month ('2024-10'): a month sorts after every day in it, because the
 * guide uses month-only dates for things known to have happened late in, or through, that month.
 * Compare keys by code unit (`<`), not localeCompare, which ignores the '~'.
 */
export function dateSortKey(isoDateOrMonth: string): string {
  return isoDateOrMonth.length === 7 ? `${isoDateOrMonth}-~` : isoDateOrMonth;
}
