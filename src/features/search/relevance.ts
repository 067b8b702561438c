/**
 * Scoring for the search relevance set (relevance/queries.json and the blind set): where the first result that answers a query
 * ranks, and success@1, success@3 and mean reciprocal rank per language and kind of query.
 */

export interface RelevanceQuery {
  q: string;
  lang: string;
  /** exact, paraphrase, typo, synonym, other-name or not-covered */
  kind: string;
  /** Site paths that answer it, optionally with the #anchor of a FAQ answer or heading. */
  expect: string[];
}

/** One search result as a reader sees it: the page, and the headings listed under it (the search box shows three). */
export interface ShownResult {
  url: string;
  subUrls: string[];
}

/** A result URL as a site path: no origin, no deployment base, no query string (result links carry ?highlight=). */
export function sitePath(url: string, base = '/'): string {
  const u = new URL(url, 'http://site');
  let path = u.pathname;
  if (base !== '/' && path.startsWith(base)) path = `/${path.slice(base.length)}`;
  return `${path}${u.hash}`;
}

/**
 * Whether a shown result answers a target: the same page, and for an anchored target that heading among those shown.
 * A FAQ answer has its own page too: `/faq/#id` is answered by `/faq/id/` as well.
 */
export function answers(result: ShownResult, target: string, base = '/'): boolean {
  const [page = '', anchor] = target.split('#');
  if (anchor !== undefined && page.endsWith('/faq/')) {
    const own = `${page}${anchor}/`;
    if ([result.url, ...result.subUrls].some((u) => sitePath(u, base).split('#')[0] === own)) return true;
  }
  const resultPath = sitePath(result.url, base).split('#')[0];
  if (resultPath !== page) return false;
  if (anchor === undefined) return true;
  return [result.url, ...result.subUrls].some((u) => sitePath(u, base) === `${page}#${anchor}`);
}

/** 1-based rank of the first result that answers the query; 0 when none of them does. */
export function firstHit(results: readonly ShownResult[], expect: readonly string[], base = '/'): number {
  const index = results.findIndex((r) => expect.some((t) => answers(r, t, base)));
  return index + 1;
}

export interface Score {
  n: number;
  at1: number;
  at3: number;
  mrr: number;
}

/** success@1, success@3 (shares of queries) and mean reciprocal rank for a set of ranks. */
export function score(ranks: readonly number[]): Score {
  const n = ranks.length;
  if (n === 0) return { n, at1: 0, at3: 0, mrr: 0 };
  return {
    n,
    at1: ranks.filter((r) => r === 1).length / n,
    at3: ranks.filter((r) => r >= 1 && r <= 3).length / n,
    mrr: ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / n,
  };
}

/** Scores grouped by a key (language, or language and kind), in key order. */
export function scoreBy<T>(rows: readonly T[], key: (row: T) => string, rank: (row: T) => number): [string, Score][] {
  const groups = new Map<string, number[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), rank(row)]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, ranks]) => [k, score(ranks)]);
}
