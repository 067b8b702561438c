import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { updates } from '../../data/updates.ts';
import { regions } from '../../data/regions.ts';
import { t } from '../../data/ui.ts';
import { defaultLocale, htmlLang, localizePath, locales, withBase, type Locale } from '../../lib/i18n.ts';
import { feedItems } from '../../lib/updateFeed.ts';

/** The guide's updates as an RSS feed, one per language (/updates.xml, /zh-hk/updates.xml), for those who follow changes. */
export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale: locale === defaultLocale ? undefined : locale }, props: { locale } }));
}

export async function GET(context: APIContext) {
  const locale = (context.props as { locale: Locale }).locale;
  const base = import.meta.env.BASE_URL;
  const site = context.site ?? new URL('http://localhost:4321');
  const absolute = (path: string) => new URL(withBase(base, path), site).href;
  const guide = await getCollection('guide', (e) => e.id.startsWith(`${locale}/`));
  const titleOf = (route: string): string => {
    if (route === '/regions/*') return t(locale, 'updates.allRegionPages');
    if (route === '/regions/') return t(locale, 'nav.affected');
    const region = regions.find((r) => route === `/regions/${r.slug}/`);
    if (region) return region.name[locale];
    const path = route === '/' ? 'index' : route.slice(1, -1);
    const entry = guide.find((e) => e.id === `${locale}/${path}`);
    if (!entry) throw new Error(`An update names ${route}, which is not a page of the guide`);
    return entry.data.title;
  };
  return rss({
    title: t(locale, 'updates.feedTitle'),
    description: t(locale, 'site.tagline'),
    site: absolute(localizePath('/', locale)),
    items: feedItems(
      updates,
      locale,
      (route) => absolute(localizePath(route, locale)),
      (routes) => t(locale, 'updates.pages', { pages: routes.map(titleOf).join(t(locale, 'punct.listSeparator')) }),
    ),
    customData: `<language>${htmlLang[locale]}</language>`,
  });
}
