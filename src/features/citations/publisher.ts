import type { Locale } from '../../lib/i18n.ts';
import type { Source } from '../../data/schema.ts';

/**
 * A source's publisher as a reader of `locale` knows it: its name in that language where it has one (《南華早報》,
 * 個人資料私隱專員公署), else the name it publishes under, in its own language (`lang`: the source's).
 */
export function publisherIn(
  locale: Locale,
  source: Pick<Source, 'publisher' | 'publisherName'>,
  sourceLang: string | undefined,
): { text: string; lang: string | undefined } {
  const local = source.publisherName?.[locale];
  return local ? { text: local, lang: undefined } : { text: source.publisher, lang: sourceLang };
}
