import { defaultLocale, isLocale, localeRecords, locales, type Locale } from '../data/locales.ts';

export { defaultLocale, isLocale, localeRecords, locales, type Locale };

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
