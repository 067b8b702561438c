import type { APIRoute, GetStaticPaths } from 'astro';
import { renderOgCard, type OgCard } from '../../lib/ogImage.ts';
import { expansionDate, regions } from '../../data/regions.ts';
import { faqs } from '../../data/faqs.ts';
import { cardAnswer } from '../../lib/shortAnswer.ts';
import { linkedinLabels, linkedinUrlText } from '../../data/linkedin.ts';
import { formatDate, formatSince } from '../../lib/dates.ts';
import { t } from '../../lib/ui.ts';
import { locales } from '../../lib/i18n.ts';
import { shareImageName } from '../../lib/shareImages.ts';

// A date must not break across lines on the card.
const nbsp = (s: string) => s.replace(/ /g, '\u00a0');
/**
 * Where the setting is: LinkedIn's own (English) words for the path, and the direct link, which works whatever language
 * LinkedIn's interface is in. Each language's card says whichever its readers can follow.
 */
const settingPath = [linkedinLabels.settingsAndPrivacy, linkedinLabels.dataPrivacy, linkedinLabels.aiSetting].join(' › ');

/**
 * Share images for every page that has its own (regions, FAQ answers) and a default per language, from the same data
 * as the pages: an answer's card is its question and the answer's short form.
 */
export const getStaticPaths = (() =>
  locales.flatMap((locale) => {
    const kicker = t(locale, 'site.name');
    const footer = t(locale, 'shareCard.footer', { path: settingPath, url: linkedinUrlText('aiSetting') });
    return [
      {
        params: { name: shareImageName(locale, 'default') },
        props: {
          card: {
            kicker,
            headline: t(locale, 'shareCard.headline'),
            body: t(locale, 'shareCard.body', { date: formatDate(expansionDate, locale) }),
            footer,
          } satisfies OgCard,
        },
      },
      ...regions.map((r) => ({
        params: { name: shareImageName(locale, { region: r.slug }) },
        props: {
          card: {
            kicker,
            headline: r.name[locale],
            body: t(locale, r.trainingSinceAtTheLatest ? 'shareCard.regionAtTheLatest' : 'shareCard.region', {
              date: nbsp(formatSince(r.trainingSince, r.trainingSinceAtTheLatest ?? false, locale)),
              place: r.name[locale],
            }),
            footer,
          } satisfies OgCard,
        },
      })),
      ...faqs.map((f) => ({
        params: { name: shareImageName(locale, { faq: f.id }) },
        props: {
          card: {
            kicker: `${kicker}${t(locale, 'punct.metaSeparator')}${t(locale, 'nav.faq')}`,
            headline: f.question[locale],
            body: cardAnswer(f.card[locale], locale),
            footer,
          } satisfies OgCard,
        },
      })),
    ];
  })) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgCard((props as { card: OgCard }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
