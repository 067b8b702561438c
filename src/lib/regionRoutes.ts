import { regions } from '../data/regions.ts';
import type { Region } from '../data/schema.ts';
import { regionAliases } from './regionLookup.ts';

/** Every region page, plus the short codes (/regions/hk/, /regions/uk/) that forward to one. */
export function regionStaticPaths(): { params: { slug: string }; props: { region: Region; isAlias: boolean } }[] {
  return [
    ...regions.map((region) => ({ params: { slug: region.slug }, props: { region, isAlias: false } })),
    ...regionAliases(regions).map(({ alias, slug }) => ({
      params: { slug: alias },
      props: { region: regions.find((r) => r.slug === slug)!, isAlias: true },
    })),
  ];
}
