import type { Update } from '../data/schema.ts';
import { updates } from '../data/updates.ts';
import type { Locale } from './i18n.ts';
import { plainText } from './inlineMarkup.ts';
import { t } from './ui.ts';

/**
 * What comes between an update's date and its text: a colon, unless the text opens with its own label (更正：,
 * 新增：), which Chinese joins to the date (2026年12月3日更正：…) as the corrections below an update are joined.
 */
export function afterUpdateDate(locale: Locale, text: string): string {
  return locale !== 'en' && /^\p{Script=Han}{2}：/u.test(text) ? '' : t(locale, 'punct.colon');
}

/** The anchor of one update in a page's "Updates to this page" list, unique across the guide. */
export function updateAnchor(index: number, date: string): string {
  return `update-${date}-${index + 1}`;
}

/** Site-relative path of a language's feed of updates. */
export function feedPath(locale: Locale, defaultLocale: Locale): string {
  return locale === defaultLocale ? 'updates.xml' : `${locale}/updates.xml`;
}

export interface FeedItem {
  title: string;
  /** The update on the first page it touched. */
  link: string;
  pubDate: Date;
  description: string;
}

/**
 * The feed's items, newest first. The title is the update's first sentence; the link goes to the update on the first
 * page it names (which must be a page, not a pattern such as '/regions/*'); the time is midnight in Hong Kong,
 * where most readers are.
 */
export function feedItems(
  updates: readonly Update[],
  locale: Locale,
  pageUrl: (route: string) => string,
  pagesLine: (routes: readonly string[]) => string,
  correctionLine: (update: Update) => string = () => '',
): FeedItem[] {
  return updates
    .map((u, index) => {
      const text = plainText(u.text[locale], locale);
      const first = u.routes[0] ?? '/';
      if (first.endsWith('*')) throw new Error(`The first route of the update of ${u.date} must be a page, not "${first}"`);
      const sentence = text.match(/^.*?(?:\.(?=\s|$)|。)/u)?.[0] ?? text;
      return {
        title: sentence,
        link: `${pageUrl(first)}#${updateAnchor(index, u.date)}`,
        pubDate: new Date(`${u.date}T00:00:00+08:00`),
        description: [text, correctionLine(u), pagesLine(u.routes)].filter(Boolean).join(t(locale, 'punct.betweenSentences')),
      };
    })
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}

/** Whether an update's route pattern covers a page's route. */
export function coversRoute(pattern: string, route: string): boolean {
  return pattern.endsWith('*') ? route.startsWith(pattern.slice(0, -1)) && route !== pattern.slice(0, -1) : pattern === route;
}

/** The updates that touched one page, newest first. */
export function updatesFor(route: string): Update[] {
  return updates.filter((u) => u.routes.some((p) => coversRoute(p, route))).sort((a, b) => b.date.localeCompare(a.date));
}
