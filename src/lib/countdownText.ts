import { t } from '../data/ui.ts';
import type { Locale } from './i18n.ts';
import type { Elapsed } from './timeSince.ts';

export interface CountdownText {
  /** The sentence before the number. */
  lead: string;
  /** The number part ("391 days"); empty at the moment itself. */
  count: string;
  meaning: string;
}

/** The words the countdown shows for a state; the build and the browser both call this, so they cannot disagree. */
export function countdownText(state: Elapsed, date: string, locale: Locale): CountdownText {
  const n = (value: number) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-HK').format(value);
  if (state.phase === 'before') {
    return {
      lead: t(locale, 'countdown.before', { date }),
      count: t(locale, 'countdown.parts', { d: n(state.days), h: n(state.hours), m: n(state.minutes) }),
      meaning: t(locale, 'countdown.meaningBefore'),
    };
  }
  if (state.phase === 'at') {
    return { lead: t(locale, 'countdown.today', { date }), count: '', meaning: t(locale, 'countdown.meaningAfter') };
  }
  return {
    lead: t(locale, 'countdown.since', { date }),
    count: state.days === 1 ? t(locale, 'countdown.day') : t(locale, 'countdown.days', { n: n(state.days) }),
    meaning: t(locale, 'countdown.meaningAfter'),
  };
}
