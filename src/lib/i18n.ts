/** Locales of the guide. `en` is served unprefixed; every other locale under `/<locale>/`. */
export const locales = ['en', 'zh-hk'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** BCP 47 tags for `<html lang>` and `hreflang`. */
export const htmlLang: Record<Locale, string> = { en: 'en', 'zh-hk': 'zh-Hant-HK' };
/** Each language named in itself, for the language switch. */
export const localeSelfName: Record<Locale, string> = { en: 'English', 'zh-hk': '繁體中文' };

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** Ensures a leading and a trailing slash: 'opt-out' → '/opt-out/'. */
export function normalizePath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The locale-neutral route of a page ('/opt-out/') in the given locale ('/zh-hk/opt-out/'). */
export function localizePath(path: string, locale: Locale): string {
  const route = normalizePath(path);
  return locale === defaultLocale ? route : normalizePath(`${locale}${route}`);
}

/** Splits '/zh-hk/opt-out/' into its locale and locale-neutral route. */
export function splitLocale(path: string): { locale: Locale; route: string } {
  const route = normalizePath(path);
  const first = route.split('/')[1] ?? '';
  if (first !== defaultLocale && isLocale(first)) {
    return { locale: first, route: normalizePath(route.slice(first.length + 1)) };
  }
  return { locale: defaultLocale, route };
}

/** Prefixes a site path with the deployment base ('/guide/'), keeping one slash between them. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}
