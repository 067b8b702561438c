import type { Source } from '../../data/schema.ts';
import { localeRecords, type Locale } from '../../lib/i18n.ts';
import { t } from '../../lib/ui.ts';

export interface SourceTitle {
  text: string;
  /** The title's language when it is not the page's own text or English (a German headline); for its `lang`. */
  lang?: string;
  /** Said after the title where its language is not the reader's: " (in German)", 「（德文）」. */
  note: string;
}

/**
 * A source's title as a reader of `locale` sees it on /sources/: the title as published, or our description of a
 * source that has none, in the reader's language; and, for a title in a language the reader may not read, which
 * language it is in (and what it means, where we say so), in the reader's own words.
 */
export function sourceTitle(source: Pick<Source, 'title' | 'titleLang' | 'titleMeaning'>, locale: Locale): SourceTitle {
  if (typeof source.title !== 'string') return { text: source.title[locale], lang: localeRecords[locale].htmlLang, note: '' };
  const titleLang = source.titleLang;
  if (!titleLang) return { text: source.title, note: '' };
  const lang = titleLang === 'zh-hk' ? localeRecords['zh-hk'].htmlLang : titleLang;
  if (titleLang.split('-')[0] === locale.split('-')[0]) return { text: source.title, lang, note: '' };
  const language = new Intl.DisplayNames([localeRecords[locale].htmlLang], { type: 'language' }).of(titleLang.split('-')[0]!) ?? titleLang;
  const meaning = source.titleMeaning?.[locale];
  return {
    text: source.title,
    lang,
    note: meaning ? t(locale, 'sources.titleMeaningIn', { meaning, language }) : t(locale, 'sources.titleIn', { language }),
  };
}
