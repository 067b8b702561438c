import type { Locale } from '../../src/lib/i18n.ts';
import { formatSince } from '../../src/lib/dates.ts';
import { t, type UiKey } from '../../src/lib/ui.ts';
import { regions } from '../../src/data/regions.ts';
import type { Region } from '../../src/data/schema.ts';

/** Every feature spec runs once per locale: `for (const locale of LOCALES) test.describe(locale, () => …)`. */
export const LOCALES = ['en', 'zh-hk'] as const satisfies readonly Locale[];

/** A locale-neutral route ('opt-out/', '' for home) in a locale, relative to Playwright's baseURL: 'zh-hk/opt-out/'. */
export function localeRoute(locale: Locale, route = ''): string {
  return locale === 'en' ? route : `${locale}/${route}`;
}

/** The same route as a site path with a leading slash, as it appears in a URL after the base: '/zh-hk/opt-out/'. */
export function localePath(locale: Locale, route = ''): string {
  return `/${localeRoute(locale, route)}`;
}

/** Digits as the site groups them in each locale ('5,172'). */
export const numberLocale: Record<Locale, string> = { en: 'en-GB', 'zh-hk': 'zh-HK' };

export function region(slug: string): Region {
  const found = regions.find((r) => r.slug === slug);
  if (!found) throw new Error(`no region ${slug} in src/data/regions.ts`);
  return found;
}

/** A region's name and its start date as the page writes them (a month where the date is “at the latest”). */
export function regionFacts(locale: Locale, slug: string): { name: string; place: string; date: string } {
  const r = region(slug);
  // `place` is the name inside a sentence ("What this means in the United Kingdom").
  return {
    name: r.name[locale],
    place: r.nameInSentence?.[locale] ?? r.name[locale],
    date: formatSince(r.trainingSince, r.trainingSinceAtTheLatest ?? false, locale),
  };
}

/** What the region checker answers for a region ("Canada: LinkedIn has used members’ data … since 3 November 2025 …"). */
export function checkerAnswer(locale: Locale, slug: string): string {
  const r = region(slug);
  return t(locale, r.trainingSinceAtTheLatest ? 'checker.answerAtTheLatest' : 'checker.answer', regionFacts(locale, slug));
}

/**
 * What a region's countdown says in a state ("In Hong Kong, LinkedIn has been able … since 3 November 2025: 400 days."),
 * from the page's strings: `key` is the state's statement, `count` the number part ('' where the statement has none).
 */
export function countdownStatement(
  locale: Locale,
  slug: string,
  key: 'countdown.since' | 'countdown.sinceAtTheLatest' | 'countdown.before' | 'countdown.today',
  count = '',
): string {
  const r = region(slug);
  const where =
    r.group === 'elsewhere'
      ? t(locale, 'countdown.whereElsewhere')
      : t(locale, 'countdown.where', { place: r.nameInSentence?.[locale] ?? r.name[locale] });
  return t(locale, key, { where, date: formatSince(r.trainingSince, r.trainingSinceAtTheLatest ?? false, locale), count });
}

/** "2 days", "1 hour", "365 日": a unit of the countdown, singular or plural as the locale's messages say. */
export function unit(locale: Locale, name: 'day' | 'hour' | 'minute', n: number): string {
  return t(locale, `unit.${name}.${n === 1 ? 'one' : 'other'}`, { n: new Intl.NumberFormat(numberLocale[locale]).format(n) });
}

/** The countdown's "2 days, 3 hours and 25 minutes" in a locale. */
export function countdownParts(locale: Locale, days: number, hours: number, minutes: number): string {
  return t(locale, 'countdown.parts', { d: unit(locale, 'day', days), h: unit(locale, 'hour', hours), m: unit(locale, 'minute', minutes) });
}

/** Text as a RegExp source that matches it literally. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escape = escapeRegExp;

/**
 * A UI string as a RegExp source: the given placeholders filled in, the others matching any text, so a test can wait
 * for "“{q}” has {n} results" without knowing n.
 */
export function templateSource(locale: Locale, key: UiKey, vars: Record<string, string> = {}): string {
  const marker = '\u0000';
  const filled = t(locale, key, vars).replace(/\{[a-z]+\}/g, marker);
  return escape(filled).replaceAll(marker, '.+?');
}

/** Any number the countdown may show ("5,172 days", "1 hour"), as a RegExp source, for a clock set far off. */
export function countdownPartsSource(locale: Locale): string {
  const any = (name: 'day' | 'hour' | 'minute') =>
    `(?:${(['one', 'other'] as const).map((n) => escape(t(locale, `unit.${name}.${n}`, { n: '#' })).replace('#', '[\\d,]+')).join('|')})`;
  const [d, h, m] = ['\u0001', '\u0002', '\u0003'];
  return escape(t(locale, 'countdown.parts', { d, h, m }))
    .replace(d, any('day'))
    .replace(h, any('hour'))
    .replace(m, any('minute'));
}
