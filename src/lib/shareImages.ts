import { defaultLocale, type Locale } from './i18n.ts';

/** Which share card: the guide's default one, a region's, or one FAQ answer's. */
export type ShareImage = 'default' | { region: string } | { faq: string };

/**
 * The file name (without .png) of a share card under og/: 'default', 'region-hong-kong', and for other languages
 * the same with the locale first ('zh-hk-region-hong-kong'). src/pages/og/ makes the files; pages name them here.
 */
export function shareImageName(locale: Locale, image: ShareImage): string {
  const name = image === 'default' ? 'default' : 'region' in image ? `region-${image.region}` : `faq-${image.faq}`;
  return locale === defaultLocale ? name : `${locale}-${name}`;
}

/** The card's site-relative path, for `og:image`. */
export function shareImagePath(locale: Locale, image: ShareImage): string {
  return `og/${shareImageName(locale, image)}.png`;
}
