import { fillTemplate as fill } from './fillTemplate.ts';
import type { Elapsed } from './timeSince.ts';
import { pluralForm } from './plural.ts';

/** The UI strings the countdown speaks with: the build passes them from ui.ts, the browser reads them from the page. */
export const COUNTDOWN_KEYS = [
  'countdown.before',
  'countdown.parts',
  'countdown.today',
  'countdown.since',
  'countdown.meaningBefore',
  'countdown.meaningAfter',
  'unit.day.one',
  'unit.day.other',
  'unit.hour.one',
  'unit.hour.other',
  'unit.minute.one',
  'unit.minute.other',
] as const;
export type CountdownMessages = Record<(typeof COUNTDOWN_KEYS)[number], string>;

export interface CountdownText {
  /** The sentence before the number. */
  lead: string;
  /** The number part ("391 days"); empty at the moment itself. */
  count: string;
  /** Punctuation between the lead and the count: a dash after the moment, nothing before ("… in 2 days"). */
  dash: boolean;
  meaning: string;
}

/**
 * The words the countdown shows for a state; the build and the browser both call this, so they cannot disagree.
 * `numberLocale` is a BCP 47 tag for digit grouping ('en-GB', 'zh-HK').
 */
export function countdownText(state: Elapsed, date: string, msg: CountdownMessages, numberLocale: string): CountdownText {
  const format = new Intl.NumberFormat(numberLocale);
  const unit = (name: 'day' | 'hour' | 'minute', value: number) =>
    fill(msg[`unit.${name}.${pluralForm(numberLocale, value)}`], { n: format.format(value) });
  if (state.phase === 'before') {
    return {
      lead: fill(msg['countdown.before'], { date }),
      count: fill(msg['countdown.parts'], { d: unit('day', state.days), h: unit('hour', state.hours), m: unit('minute', state.minutes) }),
      dash: false,
      meaning: msg['countdown.meaningBefore'],
    };
  }
  if (state.phase === 'at') {
    return { lead: fill(msg['countdown.today'], { date }), count: '', dash: false, meaning: msg['countdown.meaningAfter'] };
  }
  return {
    lead: fill(msg['countdown.since'], { date }),
    count: unit('day', state.days),
    dash: true,
    meaning: msg['countdown.meaningAfter'],
  };
}
