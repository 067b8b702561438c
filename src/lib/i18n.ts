/**
 * The guide's languages, once: everything that differs by language besides the words themselves. `en` is served
 * unprefixed and every other locale under `/<locale>/` (astro.config.mjs reads `locales` from here).
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
  },
  'zh-hk': {
    htmlLang: 'zh-Hant-HK',
    label: '繁體中文',
    ogLocale: 'zh_HK',
    intlLocale: 'zh-HK',
    spokenIn: ['hong-kong'],
  },
} as const;

export type Locale = keyof typeof localeRecords;
export const locales = Object.keys(localeRecords) as Locale[];
export const defaultLocale: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(localeRecords, value);
}

/** The other languages a region's page points to near the top: those its readers mostly read ('zh-hk' for Hong Kong). */
export function localLanguages(regionSlug: string, pageLocale: Locale): Locale[] {
  return locales.filter((l) => l !== pageLocale && (localeRecords[l].spokenIn as readonly string[]).includes(regionSlug));
}

/** The locale Astro resolved for the current page (`Astro.currentLocale`), narrowed to ours. */
export function pageLocale(current: string | undefined): Locale {
  return current && isLocale(current) ? current : defaultLocale;
}

/** Ensures a leading and a trailing slash: 'opt-out' → '/opt-out/'. */
export function normalizePath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The locale-neutral route of a page ('/opt-out/') in the given locale ('/zh-hk/opt-out/'), without the base. */
export function localizePath(path: string, locale: Locale): string {
  const route = normalizePath(path);
  return locale === defaultLocale ? route : normalizePath(`${locale}${route}`);
}

/** Prefixes a site path with the deployment base ('/guide/'), keeping one slash between them. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/**
 * A site route ('/faq/#x') as a URL for this locale and deployment base: the one way the guide makes its links.
 *
 * Why not `astro:i18n`'s getRelativeLocaleUrl: with `trailingSlash: 'always'` it puts a slash after `#` and `?`
 * ('/faq/#x/'), and as a virtual module it cannot be imported from node:test, integrations (the `_redirects` file,
 * the citation check) or astro.config.mjs. One function for pages, integrations and tests keeps their URLs equal.
 */
export function routeHref(base: string, locale: Locale, route: string): string {
  const [path = '/', hash] = route.split('#');
  return withBase(base, localizePath(path, locale)) + (hash ? `#${hash}` : '');
}

/** The `[...locale]` parameter of a page in this locale: none for English, which is served unprefixed. */
export function localeParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/**
 * Where a guide page's content entry is served: 'zh-hk/opt-out' (src/content/guide/zh-hk/opt-out.mdx) is the
 * Chinese page of the route '/opt-out/', and '<locale>/index' is the locale's home page '/'.
 */
export function entryRoute(id: string): { locale: Locale; route: string } {
  const [first = '', ...rest] = id.split('/');
  if (!isLocale(first)) throw new Error(`Guide page ${id} is not in a locale folder (src/content/guide/<locale>/)`);
  const path = rest.join('/');
  return { locale: first, route: path === 'index' ? '/' : normalizePath(path) };
}
