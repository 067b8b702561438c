/**
 * The guide's languages, once: everything that differs by language besides the words themselves. `en` is served
 * unprefixed and every other locale under `/<locale>/` (astro.config.mjs reads `locales` from here).
 * Functions that use it (URLs, the current page's locale) are in src/lib/i18n.ts.
 */
export const localeRecords = {
  en: {
    /** `<html lang>`, `hreflang`, `inLanguage` and the RSS `<language>`. */
    htmlLang: 'en',
    /** The language named in itself, for the language switch. */
    label: 'English',
    /** Open Graph's `og:locale`. */
    ogLocale: 'en_GB',
    /** Intl locale for numbers and for `localeCompare` (day-first British English: the readers are in Hong Kong, Europe and Canada). */
    intlLocale: 'en-GB',
    /** Region pages (slugs) read mostly in this language: their pages in other languages say, near the top, that one in it exists. */
    spokenIn: [],
    /** date-fns patterns: a full date ('3 November 2025', day first for readers in Hong Kong, Europe and Canada) and a month. */
    datePattern: 'd MMMM yyyy',
    monthPattern: 'MMMM yyyy',
  },
  'zh-hk': {
    htmlLang: 'zh-Hant-HK',
    label: '繁體中文',
    ogLocale: 'zh_HK',
    intlLocale: 'zh-HK',
    spokenIn: ['hong-kong'],
    datePattern: 'yyyy年M月d日',
    monthPattern: 'yyyy年M月',
  },
} as const;

export type Locale = keyof typeof localeRecords;
export const locales = Object.keys(localeRecords) as Locale[];
export const defaultLocale: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(localeRecords, value);
}
