import type { APIRoute, GetStaticPaths } from 'astro';
import { renderOgCard, type OgCard } from '../../lib/ogImage.ts';
import { regions } from '../../data/regions.ts';
import { formatDate } from '../../lib/dates.ts';
import { t } from '../../data/ui.ts';

const footer = 'Switch it off: Settings & Privacy › Data privacy › Data for Generative AI Improvement';

/** Share images: one for the guide as a whole, one per region page, drawn from the same data as the pages. */
export const getStaticPaths = (() => [
  {
    params: { name: 'default' },
    props: {
      card: {
        kicker: t('en', 'site.name'),
        headline: 'Is LinkedIn training AI on your data?',
        body: 'Since 3 November 2025 in Hong Kong, the EU, EEA, Switzerland, the UK and Canada, unless you switch it off.',
        footer,
      } satisfies OgCard,
    },
  },
  ...regions.map((r) => ({
    params: { name: `region-${r.slug}` },
    props: {
      card: {
        kicker: t('en', 'site.name'),
        headline: r.name.en,
        body: `LinkedIn has trained AI on members’ data here since ${formatDate(r.trainingSince, 'en')}, unless they switched it off.`,
        footer,
      } satisfies OgCard,
    },
  })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgCard((props as { card: OgCard }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
