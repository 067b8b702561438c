/**
 * What the guide computes about places, in one module: the covered set, "everywhere else", the short codes, the
 * lookup the region checker does in the browser, and the list of other countries it offers. Pure functions over
 * the regions they are given, so the checker's island can import them without the region data or the country
 * packages (src/lib/countries.ts reads those at build time). The facts are in src/data/regions.ts and src/data/places.ts.
 */
import { elsewhereIso, shortCodeAliases } from '../data/places.ts';
import { locales, type Locale } from '../data/locales.ts';
import type { CountryName } from './countries.ts';

/** The little a lookup needs to know of a region; the checker reads the same fields from its <option>s. */
export interface RegionKey {
  slug: string;
  iso: string;
  timeZones: readonly string[];
  /** Names a reader may type for it ('India', '印度'), matched whole and regardless of case. */
  names?: readonly string[];
}

/**
 * The region a `?region=` value names: a slug ('hong-kong'), an ISO code ('hk', 'HK'), 'uk', or one of its names
 * ('india'). Anything else, including markup, gives undefined.
 */
export function findRegion<R extends RegionKey>(regions: readonly R[], value: string | null | undefined): R | undefined {
  if (!value) return undefined;
  const q = value.trim().toLowerCase();
  if (q === '' || q.length > 40) return undefined;
  const iso = (shortCodeAliases.get(q) ?? q).toUpperCase();
  return (
    regions.find((r) => r.slug === q) ??
    regions.find((r) => r.iso === iso && !isElsewhere(r)) ??
    regions.find((r) => r.names?.some((n) => n.toLowerCase() === q))
  );
}

/** The region whose zones include the browser's zone; undefined when none does (the caller then offers 'elsewhere'). */
export function regionForTimeZone<R extends RegionKey>(regions: readonly R[], timeZone: string | undefined): R | undefined {
  if (!timeZone) return undefined;
  return regions.find((r) => r.timeZones.includes(timeZone));
}

/** The "everywhere else" region, which stands for no country of its own. */
export function isElsewhere(region: { iso: string }): boolean {
  return region.iso === elsewhereIso;
}

/** The countries that have a region page of their own: every region's ISO code but "everywhere else"'s. */
export function coveredIsos(regions: readonly { iso: string }[]): ReadonlySet<string> {
  return new Set(regions.filter((r) => !isElsewhere(r)).map((r) => r.iso));
}

/** Short codes that redirect to a region page (/regions/hk/ → /regions/hong-kong/): every ISO code in lower case, plus 'uk'. */
export function regionShortCodes(regions: readonly RegionKey[]): { alias: string; slug: string }[] {
  const out = regions.filter((r) => !isElsewhere(r)).map((r) => ({ alias: r.iso.toLowerCase(), slug: r.slug }));
  for (const [alias, iso] of shortCodeAliases) {
    const target = regions.find((r) => r.iso === iso);
    if (target) out.push({ alias, slug: target.slug });
  }
  return out;
}

/** What the checker needs of a covered region to answer for the places under its law. */
interface CoveredRegion {
  slug: string;
  iso: string;
  timeZones: readonly string[];
}

/** A country or territory that is not one of the guide's own region pages, as the full checker offers it. */
export interface OtherPlace {
  code: string;
  name: Record<Locale, string>;
  /** The name inside a sentence ("the United States"). */
  nameInSentence: Record<Locale, string>;
  /** The region page that answers for it: the covered country whose law applies there, or 'elsewhere'. */
  page: string;
  /** Time zones that point to it, beyond those of the covered regions (which the checker tries first). */
  zones: string[];
  /** LinkedIn's texts do not settle the place: the checker says so rather than answer. */
  unsettled: boolean;
}

/**
 * Every ISO country and territory that has no region page of its own, each with the page that answers for it.
 * Territories follow the law that applies there (Réunion → France's page), everything else "everywhere else".
 */
export function otherPlaces(
  countries: readonly CountryName[],
  regions: readonly CoveredRegion[],
  zoneCountries: ReadonlyMap<string, string>,
  inSentence: ReadonlyMap<string, Partial<Record<Locale, string>>>,
  unsettled: ReadonlySet<string>,
): OtherPlace[] {
  const byIso = new Map(regions.filter((r) => !isElsewhere(r)).map((r) => [r.iso, r]));
  const claimed = new Set(regions.flatMap((r) => r.timeZones));
  const zonesOf = Map.groupBy(
    [...zoneCountries].filter(([zone]) => !claimed.has(zone)),
    ([, code]) => code,
  );
  return countries
    .filter((c) => !byIso.has(c.code))
    .map((c) => ({
      code: c.code,
      name: c.name,
      nameInSentence: Object.fromEntries(locales.map((l) => [l, inSentence.get(c.code)?.[l] ?? c.name[l]])) as Record<Locale, string>,
      page: byIso.get(c.lawOf)?.slug ?? 'elsewhere',
      zones: (zonesOf.get(c.code) ?? []).map(([zone]) => zone),
      unsettled: unsettled.has(c.code),
    }));
}
