import { t } from '../data/ui.ts';
import type { Locale } from './i18n.ts';
import type { Elapsed } from './timeSince.ts';

export interface CountdownText {
  /** The sentence before the number. */
  lead: string;
  /** The number part ("391 days"); empty at the moment itself. */
  count: string;
  /** Punctuation between the lead and the count: a dash after the moment, nothing before ("… in 2 days"). */
  dash: boolean;
  meaning: string;
}

/** The words the countdown shows for a state; the build and the browser both call this, so they cannot disagree. */
export function countdownText(state: Elapsed, date: string, locale: Locale): CountdownText {
  const format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-HK');
  const unit = (name: 'day' | 'hour' | 'minute', value: number) =>
    t(locale, `unit.${name}.${value === 1 ? 'one' : 'other'}`, { n: format.format(value) });
  if (state.phase === 'before') {
    return {
      lead: t(locale, 'countdown.before', { date }),
      count: t(locale, 'countdown.parts', { d: unit('day', state.days), h: unit('hour', state.hours), m: unit('minute', state.minutes) }),
      dash: false,
      meaning: t(locale, 'countdown.meaningBefore'),
    };
  }
  if (state.phase === 'at') {
    return { lead: t(locale, 'countdown.today', { date }), count: '', dash: false, meaning: t(locale, 'countdown.meaningAfter') };
  }
  return {
    lead: t(locale, 'countdown.since', { date }),
    count: unit('day', state.days),
    dash: true,
    meaning: t(locale, 'countdown.meaningAfter'),
  };
}
