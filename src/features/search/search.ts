/**
 * The one search of the guide, for the search box and the benchmark alike: Pagefind, the engine that indexes every
 * page, is asked for every page's result and for each word the field index does not hold; the field index (rank.ts)
 * ranks every section by all of the reader's words; the
 * pages come back best first, each with its sections that matched and Pagefind's result, whose fragment the box
 * shows.
 */
import type { Locale } from '../../lib/i18n.ts';
import { indexText, rankPages, rankSections, termsOf, understand, type FieldIndex } from './rank.ts';

/** What search needs of Pagefind (or of a stand-in, in tests). */
export interface Engine<R> {
  /** Pagefind's results for some words; null when a newer search replaced this one. */
  search(word: string): Promise<R[] | null>;
  /** A result for every page of the language (a search by filter alone), for pages only the field index found. */
  all(): Promise<R[] | null>;
  id(result: R): string;
  /** The other names Pagefind holds in a page's metadata (a result's fragment), for pages the field index leaves them to. */
  names(result: R): Promise<string>;
}

export interface FoundPage<R> {
  result: R;
  url: string;
  /** The anchors of the sections that matched, best first ('' for the part before the first heading). */
  anchors: string[];
}

export interface Found<R> {
  pages: FoundPage<R>[];
  /** Words searched beyond the reader's (added by terms.ts, or a spelling correction), for the status line. */
  added: string[];
  /** The terms searched, for marking them in excerpts. */
  terms: string[];
}

/**
 * The reader's words as Pagefind is asked for them: each word (its stem, as Pagefind matches the start of a word)
 * and each run of Chinese characters, without the words a question is built from.
 */
export function pagefindWords(query: string): string[] {
  const words = indexText(query)
    .split(' ')
    .filter((w) => w.length > 1 || /\p{Script=Han}/u.test(w));
  return [...new Set(words)];
}

export async function searchGuide<R>(query: string, locale: Locale, index: FieldIndex, engine: Engine<R>): Promise<Found<R> | null> {
  const understood = understand(query, locale, index);
  const byId = new Map<string, R>();
  // Pages whose names the field index leaves to Pagefind's metadata: a word Pagefind finds on them counts as a name.
  const extra = new Map<string, Set<number>>();
  const pageOf = new Map(index.pages.map((p, i) => [p.id, i]));
  // Pagefind is asked for each word the field index does not hold, which Pagefind may know from a page's metadata
  // (the names of every country "everywhere else" covers): a page it finds for that word alone has it as a name.
  const words = pagefindWords(query);
  const unknown = words.filter((w) => !termsOf(indexText(w)).some((t) => index.postings.has(t)));
  // Asked together: each is a search of its own, and a query can hold several such words (typos, names).
  const searched = await Promise.all(unknown.map((word) => engine.search(word)));
  if (searched.includes(null)) return null;
  for (const [i, word] of unknown.entries()) {
    const results = searched[i]!;
    const indexed = indexText(word);
    for (const r of results) if (!byId.has(engine.id(r))) byId.set(engine.id(r), r);
    // Pagefind also finds a page by the start of a word or a near spelling ("far" by the Faroe Islands, "row" by
    // Romania): only a whole word of one of its names counts as naming it.
    const withNames = results.filter((r) => index.pages[pageOf.get(engine.id(r)) ?? -1]?.namesInPagefind);
    const names = await Promise.all(withNames.map((r) => engine.names(r)));
    for (const [i, r] of withNames.entries()) {
      const page = pageOf.get(engine.id(r))!;
      const indexedNames = indexText(names[i]!);
      const named = /\p{Script=Han}/u.test(indexed) ? indexedNames.includes(indexed) : indexedNames.split(' ').includes(indexed);
      if (!named) continue;
      for (const term of termsOf(indexed)) {
        // Found by its text, the index knows it already: only a word in the names alone is news.
        if (index.postings.get(term)?.some((p) => index.units[p.unit]!.page === page)) continue;
        extra.set(term, (extra.get(term) ?? new Set()).add(page));
      }
    }
  }
  const ranked = rankPages(rankSections(understood.terms, index, extra), index);
  // Every other page's result comes from a search by filter alone: it loads none of Pagefind's word index (four
  // chunks of about 23 KiB for Chinese, one or more per word searched), and the box keeps it for the next query. The
  // field index has ranked the pages already; Pagefind serves each shown page's fragment.
  if (ranked.some((p) => !byId.has(index.pages[p.page]!.id))) {
    const all = await engine.all();
    if (all === null) return null;
    for (const r of all) if (!byId.has(engine.id(r))) byId.set(engine.id(r), r);
  }
  const pages = ranked.flatMap((p) => {
    const page = index.pages[p.page]!;
    const result = byId.get(page.id);
    return result === undefined ? [] : [{ result, url: page.url, anchors: p.sections.map((s) => index.sections[s.section]!.anchor) }];
  });
  return { pages, added: understood.added, terms: understood.terms.map((t) => t.term) };
}
