import type { CountryName } from './countries.ts';
import type { Locale } from './i18n.ts';

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
  const byIso = new Map(regions.filter((r) => r.iso !== 'XX').map((r) => [r.iso, r]));
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
      nameInSentence: { en: inSentence.get(c.code)?.en ?? c.name.en, 'zh-hk': inSentence.get(c.code)?.['zh-hk'] ?? c.name['zh-hk'] },
      page: byIso.get(c.lawOf)?.slug ?? 'elsewhere',
      zones: (zonesOf.get(c.code) ?? []).map(([zone]) => zone),
      unsettled: unsettled.has(c.code),
    }));
}
