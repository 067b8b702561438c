import isoCountries from 'i18n-iso-countries';
import ct from 'countries-and-timezones';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import type { Locale } from './i18n.ts';
import { placeNameOverrides } from '../data/placeNames.ts';

/**
 * Every ISO 3166-1 country and territory, named at build time: codes and English aliases from the i18n-iso-countries
 * package, display names from the CLDR data built into the pinned Node (never the reader's browser, whose Intl output
 * differs by engine), and the Simplified Chinese names as aliases for readers who type them.
 */
isoCountries.registerLocale(en);
isoCountries.registerLocale(zh);

/**
 * Places that follow the law of a covered country, not their flag: the EU's outermost regions with ISO codes of their
 * own are in the EU (France's), and Åland is part of Finland. Other territories (Faroe Islands, Greenland, Jersey,
 * Guernsey, the Isle of Man, Gibraltar) are not in the EU, the EEA or the UK for this purpose.
 */
export const coveredTerritories: ReadonlyMap<string, string> = new Map([
  ['AX', 'FI'],
  ['GF', 'FR'],
  ['GP', 'FR'],
  ['MQ', 'FR'],
  ['RE', 'FR'],
  ['YT', 'FR'],
  ['MF', 'FR'],
]);

const displayLocale: Record<Locale, string> = { en: 'en', 'zh-hk': 'zh-Hant-HK' };

export interface CountryName {
  code: string;
  /** The code of the covered country whose law applies, for a territory; the code itself otherwise. */
  lawOf: string;
  name: Record<Locale, string>;
  /** Other names people type: official and short English names, the Simplified Chinese name, the code. */
  aliases: Record<Locale, string[]>;
}

export function countryNames(): CountryName[] {
  const names = Object.fromEntries(
    (['en', 'zh-hk'] as const).map((l) => [l, new Intl.DisplayNames([displayLocale[l]], { type: 'region', fallback: 'none' })]),
  ) as Record<Locale, Intl.DisplayNames>;
  return Object.keys(isoCountries.getAlpha2Codes())
    .sort()
    .map((code) => {
      const englishAll = isoCountries.getName(code, 'en', { select: 'all' }) ?? [];
      const en = names.en.of(code) ?? englishAll[0] ?? code;
      const cldrZh = names['zh-hk'].of(code) ?? en;
      const zhHk = placeNameOverrides.get(code)?.['zh-hk'] ?? hongKongForm(cldrZh);
      const simplified = isoCountries.getName(code, 'zh') ?? '';
      return {
        code,
        lawOf: coveredTerritories.get(code) ?? code,
        name: { en, 'zh-hk': zhHk },
        aliases: {
          en: [...new Set([...englishAll, code].filter((a) => a !== en))],
          'zh-hk': [...new Set([cldrZh, simplified, code].filter((a) => a && a !== zhHk))],
        },
      };
    });
}

/**
 * A CLDR name in Hong Kong's written form: compound names join with 及 (安提瓜及巴布達), as the Hong Kong
 * government writes them, and brackets are full-width (科科斯（基林）群島).
 */
export function hongKongForm(name: string): string {
  return name
    .replace(/[和與]/g, '及')
    .replace(/\s*\(\s*/g, '（')
    .replace(/\s*\)\s*/g, '）');
}

/**
 * The country each IANA time zone belongs to, from the countries-and-timezones package (the IANA zone.tab data),
 * including the old names browsers still report ('Asia/Calcutta', 'Indian/Reunion'). A zone shared by several
 * countries ('Asia/Dubai') belongs to the first the data names, the one it is named for.
 */
export function zoneCountries(): ReadonlyMap<string, string> {
  const zones = Object.values(ct.getAllTimezones({ deprecated: true }));
  return new Map(zones.flatMap((z) => (z.countries[0] ? [[z.name, z.countries[0]] as const] : [])));
}
