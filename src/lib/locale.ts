import { defaultLocale, isLocale, localizePath, withBase, type Locale } from './i18n.ts';

/** The locale Astro resolved for the current page, narrowed to ours. */
export function pageLocale(current: string | undefined): Locale {
  return current && isLocale(current) ? current : defaultLocale;
}

/** A site route ('/faq/#x') as a URL for this locale and deployment base. */
export function routeHref(base: string, locale: Locale, route: string): string {
  const [path = '/', hash] = route.split('#');
  return withBase(base, localizePath(path, locale)) + (hash ? `#${hash}` : '');
}
