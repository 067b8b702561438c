import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { updates } from '../../data/updates.ts';
import { regions } from '../../data/regions.ts';
import { t } from '../../lib/ui.ts';
import { localeRecords, localizePath, withBase, type Locale } from '../../lib/i18n.ts';
import { feedItems } from '../../lib/updateFeed.ts';
import { formatDate } from '../../lib/dates.ts';
import { plainText } from '../../lib/inlineMarkup.ts';
import { guidePages, localeStaticPaths } from '../../lib/guideRoutes.ts';

/** The guide's updates as an RSS feed, one per language (/updates.xml, /zh-hk/updates.xml), for those who follow changes. */
export const getStaticPaths = () => localeStaticPaths();

export async function GET(context: APIContext) {
  const locale = (context.props as { locale: Locale }).locale;
  const base = import.meta.env.BASE_URL;
  const site = context.site ?? new URL('http://localhost:4321');
  const absolute = (path: string) => new URL(withBase(base, path), site).href;
  const guide = await guidePages(locale);
  const titleOf = (route: string): string => {
    if (route === '/regions/*') return t(locale, 'updates.allRegionPages');
    if (route === '/regions/') return t(locale, 'nav.affected');
    const region = regions.find((r) => route === `/regions/${r.slug}/`);
    if (region) return region.name[locale];
    const page = guide.find((p) => p.route === route);
    if (!page) throw new Error(`An update names ${route}, which is not a page of the guide`);
    return page.entry.data.title;
  };
  return rss({
    title: t(locale, 'updates.feedTitle'),
    description: t(locale, 'site.tagline'),
    site: absolute(localizePath('/', locale)),
    items: feedItems(
      updates,
      locale,
      (route) => absolute(localizePath(route, locale)),
      (routes) =>
        t(locale, 'updates.pages', {
          pages: routes
            .map((r) => `${t(locale, 'punct.titleOpen')}${titleOf(r)}${t(locale, 'punct.titleClose')}`)
            .join(t(locale, 'punct.listSeparator')),
        }),
      (u) =>
        u.correctedOn && u.correction
          ? `${t(locale, 'updates.corrected', { date: formatDate(u.correctedOn, locale) })}${plainText(u.correction[locale], locale)}`
          : '',
    ),
    customData: `<language>${localeRecords[locale].htmlLang}</language>`,
  });
}
