import type { Page } from '@playwright/test';
import type { EnginePage } from '../../tools/browsers/driver.ts';
import { readFileSync } from 'node:fs';
import { cleanQuery, PAGEFIND_RANKING, termsMatched, topSubResults, type SubResult } from '../../src/lib/searchQuery.ts';
import { plannedSearch, vocabulary, type VocabularyFile } from '../../src/lib/searchPlan.ts';
import { vocabularyFile } from '../../src/lib/searchVocabulary.ts';
import { isLocale } from '../../src/lib/i18n.ts';
import { firstHit, type RelevanceQuery } from '../../src/lib/relevance.ts';

/** The relevance set: queries as readers type them, each with the pages that answer it. */
export const relevanceQueries: RelevanceQuery[] = JSON.parse(readFileSync(new URL('../relevance/queries.json', import.meta.url), 'utf8'));

/** Results the search box shows at first. */
const SHOWN = 10;

export type RankedQuery = RelevanceQuery & {
  rank: number;
  top: string[];
  searched: string;
  /** How many Pagefind searches the plan ran for it (each about a millisecond when warm). */
  searches: number;
};

interface Hit {
  id: string;
  /** Which of the plan's searches found it. */
  search: number;
}
type Data = { url: string; content: string; sub_results: SubResult[] };
type PagefindWindow = {
  relevanceSearch(q: string): Promise<Hit[] | null>;
  relevanceData(hits: Hit[]): Promise<Data[]>;
};

/** What the relevance run needs of a browser tab: Playwright's Page, or any engine's page through `relevancePage`. */
export type RelevancePage = Pick<Page, 'goto' | 'url' | 'evaluate'>;

/** A tab of any engine the smoke tests drive (Gecko over BiDi, WebKitGTK over WebDriver), for `rankRelevanceSet`. */
export function relevancePage(page: EnginePage, origin: string): RelevancePage {
  let current = origin;
  return {
    goto: async (url: string) => {
      current = url;
      await page.goto(url.replace(origin, ''));
      return null;
    },
    url: () => current,
    evaluate: ((fn: (arg: unknown) => unknown, arg: unknown) => page.evaluate(fn, arg)) as RelevancePage['evaluate'],
  };
}

/**
 * Runs every query of the set as the search box does: the same query plan (src/lib/searchPlan.ts) in Node, each of
 * its searches answered by Pagefind in the page, on a page of each language so that Pagefind picks that language's
 * index; then the same three headings under a result, and the rank of the first result that answers the query.
 * `page` must be at the site's base URL's origin.
 */
export async function rankRelevanceSet(
  page: RelevancePage,
  siteBase: string,
  pagePath: (lang: string) => string,
  ranking: object = PAGEFIND_RANKING,
): Promise<RankedQuery[]> {
  const out: RankedQuery[] = [];
  for (const lang of [...new Set(relevanceQueries.map((q) => q.lang))]) {
    if (!isLocale(lang)) throw new Error(`relevance set: unknown language ${lang}`);
    const queries = relevanceQueries.filter((q) => q.lang === lang);
    await page.goto(pagePath(lang));
    const vocabUrl = new URL(`${siteBase}pagefind/${vocabularyFile(lang)}`, page.url()).href;
    const vocab = vocabulary((await (await fetch(vocabUrl)).json()) as VocabularyFile);
    await page.evaluate(
      async ({ base, ranking }) => {
        type Pf = {
          options(o: object): Promise<void>;
          init(): Promise<void>;
          search(q: string): Promise<{ results: { id: string; data(): Promise<Data> }[] } | null>;
        };
        const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pf;
        await pf.options({ baseUrl: base, excerptLength: 24, noWorker: true, ranking });
        await pf.init();
        const w = window as unknown as PagefindWindow;
        // Every search's results, so that each shown result's data comes from the search that found it, as in the
        // search box (a named place's page may come from a search of its name alone).
        const searches: { id: string; data(): Promise<Data> }[][] = [];
        w.relevanceSearch = async (q) => {
          const found = await pf.search(q);
          if (!found) return null;
          searches.push(found.results);
          return found.results.map((r) => ({ id: r.id, search: searches.length - 1 }));
        };
        // By id, in the plan's order. Copied at once: Pagefind caches a page's fragment and writes each search's
        // sub_results onto that same object, so a later query would overwrite what an earlier one found.
        w.relevanceData = async (hits) => {
          const top = await Promise.all(hits.map((h) => searches[h.search]!.find((r) => r.id === h.id)!.data()));
          return top.map((d) => ({ url: d.url, content: d.content, sub_results: d.sub_results.map((s) => ({ ...s })) }));
        };
      },
      { base: siteBase, ranking },
    );
    for (const q of queries) {
      let searches = 0;
      const plan = await plannedSearch(cleanQuery(q.q).query, lang, vocab, {
        search: (text) => {
          searches++;
          return page.evaluate((t) => (window as unknown as PagefindWindow).relevanceSearch(t), text);
        },
        id: (hit) => hit.id,
      });
      const searched = plan?.searched ?? '';
      const hits = (plan?.results ?? []).slice(0, SHOWN);
      const data = hits.length ? await page.evaluate((h) => (window as unknown as PagefindWindow).relevanceData(h), hits) : [];
      const terms = searched.split(' ');
      const shown = data.map((d) => ({
        url: d.url,
        subUrls: topSubResults<SubResult>(d.url, d.sub_results, 3, (s) => termsMatched(d.content, s, terms)).map((s) => s.url),
      }));
      out.push({
        ...q,
        searched,
        searches,
        rank: firstHit(shown, q.expect, siteBase),
        top: shown.slice(0, 3).map((s) => s.url.replace(/\?[^#]*/, '')),
      });
    }
  }
  return out;
}
