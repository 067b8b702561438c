import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cleanQuery, normalizeChineseDates, PAGEFIND_RANKING, topSubResults, type SubResult } from '../../src/lib/searchQuery.ts';
import { firstHit, type RelevanceQuery } from '../../src/lib/relevance.ts';

/** The relevance set: queries as readers type them, each with the pages that answer it. */
export const relevanceQueries: RelevanceQuery[] = JSON.parse(readFileSync(new URL('../relevance/queries.json', import.meta.url), 'utf8'));

export type RankedQuery = RelevanceQuery & { rank: number; top: string[] };

/**
 * Runs every query of the set through Pagefind as the search box does (the same options, the same query clean-up,
 * the same three headings under a result), on a page of each language so that Pagefind picks that language's index,
 * and ranks the first result that answers it. `page` must be at the site's base URL's origin.
 */
export async function rankRelevanceSet(
  page: Page,
  siteBase: string,
  pagePath: (lang: string) => string,
  ranking: object = PAGEFIND_RANKING,
): Promise<RankedQuery[]> {
  const out: RankedQuery[] = [];
  for (const lang of [...new Set(relevanceQueries.map((q) => q.lang))]) {
    const queries = relevanceQueries.filter((q) => q.lang === lang);
    await page.goto(pagePath(lang));
    const results = await page.evaluate(
      async ({ base, texts, ranking }) => {
        type Data = { url: string; sub_results: { url: string; weighted_locations: { balanced_score: number }[] }[] };
        type Pf = {
          options(o: object): Promise<void>;
          init(): Promise<void>;
          search(q: string): Promise<{ results: { data(): Promise<Data> }[] } | null>;
        };
        const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pf;
        await pf.options({ baseUrl: base, excerptLength: 24, noWorker: true, ranking });
        await pf.init();
        const all: Data[][] = [];
        for (const text of texts) {
          const found = await pf.search(text);
          const top = await Promise.all((found?.results ?? []).slice(0, 10).map((r) => r.data()));
          // Copied at once: Pagefind caches a page's fragment and writes each search's sub_results onto that same
          // object, so a later query would overwrite what an earlier one found.
          all.push(top.map((d) => ({ url: d.url, sub_results: d.sub_results.map((s) => ({ ...s })) })));
        }
        return all;
      },
      { base: siteBase, texts: queries.map((q) => normalizeChineseDates(cleanQuery(q.q).query)), ranking },
    );
    queries.forEach((q, i) => {
      const shown = (results[i] ?? []).map((d) => ({
        url: d.url,
        subUrls: topSubResults<SubResult>(d.url, d.sub_results).map((s) => s.url),
      }));
      out.push({ ...q, rank: firstHit(shown, q.expect, siteBase), top: shown.slice(0, 3).map((s) => s.url.replace(/\?[^#]*/, '')) });
    });
  }
  return out;
}
