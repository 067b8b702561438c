import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { buildVocabularies, namesOthersMention, vocabularyFile, type IndexedPage, type PageRole } from '../lib/searchVocabulary.ts';
import { placeSearchNames } from '../lib/regionSearchText.ts';
import { countryNames } from '../lib/countries.ts';
import { regions } from '../data/regions.ts';
import type { Region } from '../data/schema.ts';
import { routeHref, type Locale } from '../lib/i18n.ts';

/**
 * Builds the Pagefind index as the last step of `astro build`, so a build can
 * never ship without its search index (no separate CLI step to forget).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
          await writeVocabularies(path.join(site, 'pagefind'));
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * Writes each language's vocabulary next to the index, from the fragments Pagefind wrote: each is gzipped JSON
 * behind a 12-byte signature ('pagefind_dcd'), with the page's url and the text it indexed.
 */
async function writeVocabularies(bundle: string): Promise<void> {
  const dir = path.join(bundle, 'fragment');
  const pages: IndexedPage[] = [];
  for (const name of await readdir(dir)) {
    const raw = gunzipSync(await readFile(path.join(dir, name))).toString('utf8');
    const { url, content, meta } = JSON.parse(raw.slice(raw.indexOf('{'))) as IndexedPage & { meta: Record<string, string> };
    pages.push({ id: path.basename(name, '.pf_fragment'), url, content, place: meta.place, names: meta.names });
  }
  const countries = countryNames();
  const namesOf = (region: Region, locale: Locale) => [
    region.name.en,
    region.name['zh-hk'],
    ...placeSearchNames(region, locale, countries),
  ];
  const roleOf = (page: IndexedPage, locale: Locale): PageRole | undefined => {
    // Pagefind records paths from the site's root, without the deployment base; the browser adds it.
    if (page.url === routeHref('/', locale, '/timeline/')) return { kind: 'timeline' };
    const about = regions.find((r) => r.slug === page.place);
    if (about) return { kind: 'about-place', names: namesOf(about, locale) };
    const region = regions.find((r) => page.url === routeHref('/', locale, `/regions/${r.slug}/`));
    if (!region) return undefined;
    return region.group === 'elsewhere'
      ? { kind: 'elsewhere', names: namesOthersMention(namesOf(region, locale), page, pages) }
      : { kind: 'place', names: namesOf(region, locale) };
  };
  for (const [locale, file] of buildVocabularies(pages, roleOf)) {
    await writeFile(path.join(bundle, vocabularyFile(locale)), JSON.stringify(file));
  }
}
