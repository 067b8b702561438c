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
  /** The statement up to the number ("In Hong Kong, LinkedIn has … since 3 November 2025: "). */
  lead: string;
  /** The number ("391 days"); empty at the moment itself, whose statement has none. */
  count: string;
  /** The statement after the number ("."). */
  tail: string;
  meaning: string;
}

/**
 * The words the countdown shows for a state; the build and the browser both call this, so they cannot disagree.
 * `where` names the place the way the statement opens ("In Hong Kong"); `numberLocale` is a BCP 47 tag for digit
 * grouping ('en-GB', 'zh-HK'). The statement is one string per state with a {count} placeholder, split around the
 * number so a page can set it apart; its punctuation and spacing are the string's own.
 */
export function countdownText(state: Elapsed, date: string, where: string, msg: CountdownMessages, numberLocale: string): CountdownText {
  const format = new Intl.NumberFormat(numberLocale);
  const unit = (name: 'day' | 'hour' | 'minute', value: number) =>
    fill(msg[`unit.${name}.${pluralForm(numberLocale, value)}`], { n: format.format(value) });
  const [template, count, meaning] =
    state.phase === 'before'
      ? [
          msg['countdown.before'],
          fill(msg['countdown.parts'], { d: unit('day', state.days), h: unit('hour', state.hours), m: unit('minute', state.minutes) }),
          msg['countdown.meaningBefore'],
        ]
      : state.phase === 'at'
        ? [msg['countdown.today'], '', msg['countdown.meaningAfter']]
        : [msg['countdown.since'], unit('day', state.days), msg['countdown.meaningAfter']];
  const statement = fill(template, { where, date });
  const at = statement.indexOf('{count}');
  if (at < 0) return { lead: statement, count: '', tail: '', meaning };
  return { lead: statement.slice(0, at), count, tail: statement.slice(at + '{count}'.length), meaning };
}
