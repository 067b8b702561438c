import { getCollection, type CollectionEntry } from 'astro:content';
import { entryRoute, localeParam, localizePath, locales, type Locale } from './i18n.ts';

/** A guide page: its MDX entry, and the locale and locale-neutral route it is served at. */
export interface GuidePageEntry {
  entry: CollectionEntry<'guide'>;
  locale: Locale;
  route: string;
}

/** Every MDX page of the guide (or of one locale), with where it is served. */
export async function guidePages(locale?: Locale): Promise<GuidePageEntry[]> {
  const pages = (await getCollection('guide')).map((entry) => ({ entry, ...entryRoute(entry.id) }));
  return locale ? pages.filter((p) => p.locale === locale) : pages;
}

/** Static paths for src/pages/[...slug].astro: src/content/guide/<locale>/<route>.mdx → /<locale>/<route>/. */
export async function guideStaticPaths(): Promise<{ params: { slug: string | undefined }; props: GuidePageEntry }[]> {
  return (await guidePages()).map((page) => ({
    params: { slug: localizePath(page.route, page.locale).slice(1, -1) || undefined },
    props: page,
  }));
}

/**
 * Static paths for a page shape that exists in every locale (src/pages/[...locale]/…): the shape's own paths, if it
 * has any, repeated per locale, each with its `locale` parameter and prop.
 */
export function localeStaticPaths<Params extends object = object, Props extends object = object>(
  perLocale: (locale: Locale) => { params: Params; props: Props }[] = () => [{ params: {} as Params, props: {} as Props }],
): { params: Params & { locale: string | undefined }; props: Props & { locale: Locale } }[] {
  return locales.flatMap((locale) =>
    perLocale(locale).map(({ params, props }) => ({ params: { ...params, locale: localeParam(locale) }, props: { ...props, locale } })),
  );
}
