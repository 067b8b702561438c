import type { APIRoute, GetStaticPaths } from 'astro';
import { renderOgCard, type OgCard } from '../../lib/ogImage.ts';
import { regions } from '../../data/regions.ts';
import { linkedinLabels } from '../../data/linkedin.ts';
import { formatDate } from '../../lib/dates.ts';
import { t } from '../../data/ui.ts';
import { locales, type Locale } from '../../lib/i18n.ts';

const nbsp = (s: string) => s.replace(/ /g, '\u00a0');
/** Where the setting is on LinkedIn's website, in LinkedIn's own (English) words on both languages' cards. */
const settingPath = [linkedinLabels.settingsAndPrivacy, linkedinLabels.dataPrivacy, linkedinLabels.aiSetting].join(' › ');
const copy: Record<Locale, { headline: string; body: string; footer: string; region: (since: string) => string; prefix: string }> = {
  en: {
    prefix: '',
    headline: 'Is LinkedIn training AI on your data?',
    body: 'Since 3 November 2025 in Hong Kong, the EU, EEA, Switzerland, the UK and Canada, unless you switch it off.',
    footer: `Switch it off: ${settingPath}`,
    region: (since) => `LinkedIn has trained AI on members’ data here since ${nbsp(since)}, unless they switched it off.`,
  },
  'zh-hk': {
    prefix: 'zh-hk-',
    headline: '領英是否用你的資料訓練人工智能？',
    body: '自2025年11月3日起，香港、歐盟、歐洲經濟區、瑞士、英國及加拿大的會員資料都會被使用，除非你關閉設定。',
    footer: `關閉方法：${settingPath}`,
    region: (since) => `除非會員已關閉設定，否則領英自${since}起以當地會員的資料訓練人工智能。`,
  },
};

/** Share images for every page that has its own (regions) and a default per language, from the same data as the pages. */
export const getStaticPaths = (() =>
  locales.flatMap((locale) => {
    const c = copy[locale];
    const kicker = t(locale, 'site.name');
    return [
      {
        params: { name: `${c.prefix}default` },
        props: { card: { kicker, headline: c.headline, body: c.body, footer: c.footer } satisfies OgCard },
      },
      ...regions.map((r) => ({
        params: { name: `${c.prefix}region-${r.slug}` },
        props: {
          card: {
            kicker,
            headline: r.name[locale],
            body: c.region(formatDate(r.trainingSince, locale)),
            footer: c.footer,
          } satisfies OgCard,
        },
      })),
    ];
  })) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgCard((props as { card: OgCard }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
