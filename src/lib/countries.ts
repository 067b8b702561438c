import isoCountries, { type LocaleData } from 'i18n-iso-countries';
import ct from 'countries-and-timezones';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { coveredTerritories, placeNameOverrides } from '../data/places.ts';
import { defaultLocale, localeRecords, locales, type Locale } from '../data/locales.ts';

/**
 * Every ISO 3166-1 country and territory, named at build time: codes and English aliases from the i18n-iso-countries
 * package, display names from the CLDR data built into the pinned Node (never the reader's browser, whose Intl output
 * differs by engine), and the Simplified Chinese names as aliases for readers who type them.
 */
/** The package's names read as aliases on each locale's pages: all English names; the Simplified Chinese name. */
const aliasNames: Record<Locale, LocaleData> = { en, 'zh-hk': zh };
for (const data of new Set(Object.values(aliasNames))) isoCountries.registerLocale(data);

/** How each language writes a name CLDR gives: Hong Kong joins compound names with 及 and uses full-width brackets. */
const writtenForm: Record<Locale, (name: string) => string> = { en: (name) => name, 'zh-hk': (name) => hongKongForm(name) };

export interface CountryName {
  code: string;
  /** The code of the covered country whose law applies, for a territory; the code itself otherwise. */
  lawOf: string;
  name: Record<Locale, string>;
  /** Other names people type: official and short English names, the Simplified Chinese name, the code. */
  aliases: Record<Locale, string[]>;
}

export function countryNames(): CountryName[] {
  // CLDR's region names in the language of the page (its htmlLang: 'zh-Hant-HK' gives Hong Kong's forms).
  const names = new Map(locales.map((l) => [l, new Intl.DisplayNames([localeRecords[l].htmlLang], { type: 'region', fallback: 'none' })]));
  const perLocale = <T>(value: (l: Locale) => T) => Object.fromEntries(locales.map((l) => [l, value(l)])) as Record<Locale, T>;
  return Object.keys(isoCountries.getAlpha2Codes())
    .sort()
    .map((code) => {
      const packageNames = perLocale((l) => isoCountries.getName(code, aliasNames[l].locale, { select: 'all' }) ?? []);
      const fallback = names.get(defaultLocale)?.of(code) ?? packageNames[defaultLocale][0] ?? code;
      const cldr = perLocale((l) => names.get(l)?.of(code) ?? fallback);
      const name = perLocale((l) => placeNameOverrides.get(code)?.[l] ?? writtenForm[l](cldr[l]));
      return {
        code,
        lawOf: coveredTerritories.get(code) ?? code,
        name,
        // CLDR's own form stays an alias where the page writes the name otherwise, so a reader who types it finds it.
        aliases: perLocale((l) => [...new Set([cldr[l], ...packageNames[l], code].filter((a) => a && a !== name[l]))]),
      };
    });
}

/**
 * A CLDR name in Hong Kong's written form: compound names join with 及 (安提瓜及巴布達), as the Hong Kong
 * government writes them, and brackets are full-width (科科斯（基林）群島).
 */
export function hongKongForm(name: string): string {
  return (
    name
      // 和 of 共和國 (republic) is not a conjunction: 中非共和國 stays whole.
      .replace(/(?<!共)[和與]/g, '及')
      .replace(/\s*\(\s*/g, '（')
      .replace(/\s*\)\s*/g, '）')
  );
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
