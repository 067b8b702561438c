import type { CountryName } from './countries.ts';
import { defaultLocale, locales, type Locale } from './i18n.ts';
import { regions } from '../data/regions.ts';
import type { Region } from '../data/schema.ts';
import { placeAliases } from '../data/places.ts';
import { coveredIsos, isElsewhere } from './places.ts';

/** Names a search for a place should match, in both languages: readers type English names on Chinese pages too. */
function namesOf(c: CountryName): string[] {
  return locales.flatMap((l) => [c.name[l], ...c.aliases[l]]);
}

/** Every other name of a covered place: its own hand-written aliases, and the names of it and its territories. */
export function coveredPlaceNames(iso: string, handAliases: readonly string[], countries: readonly CountryName[]): string[] {
  const own = countries.filter((c) => c.lawOf === iso);
  return [...new Set([...handAliases, ...own.flatMap(namesOf)])];
}

/** The countries and territories no covered place's law applies to: the "everywhere else" page answers for them. */
export function uncoveredCountries(countries: readonly CountryName[], coveredIsos: ReadonlySet<string>): CountryName[] {
  return countries.filter((c) => !coveredIsos.has(c.lawOf));
}

/** All the names of the uncovered places, for the search index of "everywhere else". */
export function uncoveredNames(countries: readonly CountryName[], coveredIsos: ReadonlySet<string>): string[] {
  return [...new Set(uncoveredCountries(countries, coveredIsos).flatMap(namesOf))];
}

/**
 * Every name a search for this region's page should answer to, in a locale: its hand-written aliases (and the
 * default language's on other pages), then the names of the countries its law covers; for "everywhere else", every
 * country and territory none of the others covers. The page indexes them; search ranks the page first for them.
 */
export function placeSearchNames(region: Region, locale: Locale, countries: readonly CountryName[]): string[] {
  const hand = [
    ...(placeAliases[region.slug]?.[locale] ?? []),
    ...(locale === defaultLocale ? [] : (placeAliases[region.slug]?.[defaultLocale] ?? [])),
  ];
  return isElsewhere(region)
    ? [...hand, ...uncoveredNames(countries, coveredIsos(regions))]
    : coveredPlaceNames(region.iso, hand, countries);
}

/**
 * Where a region page's other names go in the index. In Pagefind's metadata they are searched but stay out of the
 * result's excerpt ("Holland · Nederland · …" before the page's own words). Chinese names on a page in Chinese stay in
 * the indexed text: there Pagefind splits a Chinese query (尼德蘭) into words of its own, and matches metadata by whole
 * words only.
 */
export function namesByIndexPlace(names: readonly string[], htmlLang: string): { text: string[]; metadata: string[] } {
  const inText = (n: string) => /^zh\b/i.test(htmlLang) && /\p{Script=Han}/u.test(n);
  return { text: names.filter(inText), metadata: names.filter((n) => !inText(n)) };
}
