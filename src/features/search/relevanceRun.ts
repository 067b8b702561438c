// Runs a relevance set through the search box in a browser tab: shared by the benchmark (bench.ts) and the floors in
// npm test (e2e/search-relevance.spec.ts). Node only; never bundled for the browser.
import type { Page } from '@playwright/test';
import type { EnginePage } from '../../../tools/browsers/driver.ts';
import { readFileSync } from 'node:fs';
import { isLocale } from '../../lib/i18n.ts';
import { firstHit, type RelevanceQuery } from './relevance.ts';

const setFile = (name: string) => new URL(`./relevance/${name}`, import.meta.url);
const readSet = (name: string): RelevanceQuery[] => {
  const json = JSON.parse(readFileSync(setFile(name), 'utf8')) as RelevanceQuery[] | { cases: RelevanceQuery[] };
  return Array.isArray(json) ? json : json.cases;
};

/** The repository's relevance set: queries as readers type them, each with the pages that answer it. */
export const relevanceQueries: RelevanceQuery[] = readSet('queries.json');
/**
 * Blind queries to tune on: both halves of the first blind set of 3 December 2026 and the three holdouts written after
 * it. Each holdout was scored once, in its own round, and is spent: tuning data now.
 */
export const blindTuning: RelevanceQuery[] = [
  ...readSet('blind-2026-12-tuning.json'),
  ...readSet('blind-2026-12-holdout.json'),
  ...readSet('blind-2026-12b-holdout.json'),
  ...readSet('blind-2026-12c-holdout.json'),
  ...readSet('blind-2026-12d-holdout.json'),
];
/** The fifth blind set, frozen before the fifth session's ranking changes: scored once, at the end. */
export const blindHoldout = (): RelevanceQuery[] => readSet('blind-2026-12e-holdout.json');

export type RankedQuery = RelevanceQuery & {
  rank: number;
  top: string[];
  /** Milliseconds from submitting the query to the results drawn (the status line saying what was found). */
  ms: number;
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

interface Shown {
  url: string;
  subUrls: string[];
}

/**
 * Runs queries through the search box itself, on each language's /search/ page: typed into the box, submitted, and
 * scored on the results it draws (the five it shows at first, each with the sections listed under it). So the
 * benchmark and the tests measure exactly what a reader gets. `warm` runs the set once unscored first, so that the
 * times are of warm queries.
 */
export async function rankRelevanceSet(
  page: RelevancePage,
  siteBase: string,
  searchPath: (lang: string) => string,
  queries: readonly RelevanceQuery[] = relevanceQueries,
  warm = false,
): Promise<RankedQuery[]> {
  const out: RankedQuery[] = [];
  for (const lang of [...new Set(queries.map((q) => q.lang))]) {
    if (!isLocale(lang)) throw new Error(`relevance set: unknown language ${lang}`);
    const own = queries.filter((q) => q.lang === lang);
    await page.goto(searchPath(lang));
    const run = () =>
      page.evaluate(
        async (texts) => {
          const root = document.querySelector('main guide-search')!;
          const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
          const form = root.querySelector('form')!;
          const status = root.querySelector('[data-part="status"]')!;
          const list = root.querySelector('[data-part="results"]')!;
          const found: { shown: Shown[]; ms: number }[] = [];
          for (const q of texts) {
            const start = performance.now();
            input.value = q;
            form.requestSubmit();
            // The box says "Searching…" at once, then what it found.
            const searching = status.textContent;
            await new Promise<void>((resolve) => {
              const seen = new MutationObserver(() => {
                if (status.textContent === searching) return;
                seen.disconnect();
                resolve();
              });
              seen.observe(status, { childList: true, characterData: true, subtree: true });
            });
            const ms = performance.now() - start;
            const shown = [...list.querySelectorAll(':scope > li')].map((li) => ({
              url: li.querySelector('a')!.href,
              subUrls: [...li.querySelectorAll('ul a')].map((a) => (a as HTMLAnchorElement).href),
            }));
            found.push({ shown, ms });
          }
          return found;
        },
        own.map((q) => q.q),
      );
    if (warm) await run();
    const found = await run();
    own.forEach((q, i) => {
      const { shown, ms } = found[i]!;
      out.push({
        ...q,
        ms,
        rank: firstHit(shown, q.expect, siteBase),
        top: shown.slice(0, 3).map((s) => new URL(s.url).pathname + new URL(s.url).hash),
      });
    });
  }
  return out;
}
