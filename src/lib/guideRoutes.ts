import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from './i18n.ts';

/** Static paths for the MDX pages of one locale: src/content/guide/<locale>/<route>.mdx → /<route>/ (index → /). */
export async function guideStaticPaths(
  locale: Locale,
): Promise<{ params: { slug: string | undefined }; props: { entry: CollectionEntry<'guide'> } }[]> {
  const prefix = `${locale}/`;
  const pages = await getCollection('guide', (entry) => entry.id.startsWith(prefix));
  return pages.map((entry) => {
    const route = entry.id.slice(prefix.length);
    return { params: { slug: route === 'index' ? undefined : route }, props: { entry } };
  });
}
