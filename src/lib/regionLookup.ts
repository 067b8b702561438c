/** The little a lookup needs to know of a region; the checker reads the same fields from its <option>s. */
export interface RegionKey {
  slug: string;
  iso: string;
  timeZones: readonly string[];
  /** Names a reader may type for it ('India', '印度'), matched whole and regardless of case. */
  names?: readonly string[];
}

/**
 * Common names that are not ISO codes but that people type. A Map, not an object literal, because the key is
 * whatever a reader put in the address bar: `ALIASES['__proto__']` on a plain object answers with Object.prototype.
 */
const ALIASES: ReadonlyMap<string, string> = new Map([['uk', 'GB']]);

/**
 * The region a `?region=` value names: a slug ('hong-kong'), an ISO code ('hk', 'HK'), 'uk', or one of its names
 * ('india'). Anything else, including markup, gives undefined.
 */
export function findRegion<R extends RegionKey>(regions: readonly R[], value: string | null | undefined): R | undefined {
  if (!value) return undefined;
  const q = value.trim().toLowerCase();
  if (q === '' || q.length > 40) return undefined;
  const iso = (ALIASES.get(q) ?? q).toUpperCase();
  return (
    regions.find((r) => r.slug === q) ??
    regions.find((r) => r.iso === iso && r.iso !== 'XX') ??
    regions.find((r) => r.names?.some((n) => n.toLowerCase() === q))
  );
}

/** The region whose zones include the browser's zone; undefined when none does (the caller then offers 'elsewhere'). */
export function regionForTimeZone<R extends RegionKey>(regions: readonly R[], timeZone: string | undefined): R | undefined {
  if (!timeZone) return undefined;
  return regions.find((r) => r.timeZones.includes(timeZone));
}

/** Short codes that redirect to a region page: every ISO code in lower case, plus 'uk'. */
export function regionAliases(regions: readonly RegionKey[]): { alias: string; slug: string }[] {
  const out = regions.filter((r) => r.iso !== 'XX').map((r) => ({ alias: r.iso.toLowerCase(), slug: r.slug }));
  for (const [alias, iso] of ALIASES) {
    const target = regions.find((r) => r.iso === iso);
    if (target) out.push({ alias, slug: target.slug });
  }
  return out;
}
