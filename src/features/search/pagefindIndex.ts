import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { buildFieldIndexes, fieldIndexFile, type IndexedPage } from './fieldIndex.ts';

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
          await writeFieldIndexes(path.join(site, 'pagefind'));
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * Writes each language's field index (fieldIndex.ts) next to Pagefind's, from the fragments Pagefind wrote: each is
 * gzipped JSON behind a 12-byte signature ('pagefind_dcd'), with the page's url, the text it indexed, its metadata
 * and the word positions of its headings.
 */
async function writeFieldIndexes(bundle: string): Promise<void> {
  const dir = path.join(bundle, 'fragment');
  const pages: IndexedPage[] = [];
  for (const name of await readdir(dir)) {
    const raw = gunzipSync(await readFile(path.join(dir, name))).toString('utf8');
    const { url, content, meta, anchors } = JSON.parse(raw.slice(raw.indexOf('{'))) as IndexedPage;
    pages.push({ id: path.basename(name, '.pf_fragment'), url, content, meta, anchors });
  }
  for (const [locale, file] of buildFieldIndexes(pages)) {
    await writeFile(path.join(bundle, fieldIndexFile(locale)), JSON.stringify(file));
  }
}
