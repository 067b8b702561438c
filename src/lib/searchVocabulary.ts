/**
 * The vocabulary search corrects spelling against (src/lib/searchPlan.ts): every word of the guide's indexed text in
 * each language (three letters or more, no digits: shorter words are never corrected), most frequent first, and for
 * Chinese every pair of adjacent characters seen more than once. Built from exactly what
 * Pagefind indexed (its fragments), so a correction never points at a word no page holds.
 */
import { defaultLocale, locales, type Locale } from './i18n.ts';
import { latinWords, normalizeForSearch, type VocabularyFile } from './searchPlan.ts';

export interface IndexedPage {
  /** Pagefind's id for the page, the name of its fragment file ('en_74b1a84'). */
  id: string;
  /** The page's path under the site's base, as Pagefind records it ('/zh-hk/faq/'). */
  url: string;
  content: string;
  /** The region a general page is about, from its Pagefind metadata. */
  place?: string | undefined;
  /** The other names a region page answers to, from its Pagefind metadata (searched, but not in its text). */
  names?: string | undefined;
}

/** The locale of an indexed page from its path: `/<locale>/…`, or the default. */
export function indexedLocale(url: string, base = '/'): Locale {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  const first = path.split('/')[0] ?? '';
  return locales.find((l) => l !== defaultLocale && l === first) ?? defaultLocale;
}

function byFrequency(counts: Map<string, number>, atLeast = 1): string[] {
  return [...counts]
    .filter(([, n]) => n >= atLeast)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([w]) => w);
}

/** What search needs to know of a page beyond its words. */
export type PageRole =
  /** A page about one place, with the names a reader may call it: search puts it first when a query names one. */
  | { kind: 'place'; names: readonly string[] }
  /** The page for every place the others do not cover; named like a place, ranked like a general page. */
  | { kind: 'elsewhere'; names: readonly string[] }
  /** A general page about one place (the PCPD's warning, about Hong Kong): it leads for that place's name and a topic. */
  | { kind: 'about-place'; names: readonly string[] }
  /** The page a date alone leads to. */
  | { kind: 'timeline' };

/** Each language's vocabulary, with the roles `roleOf` gives pages. */
export function buildVocabularies(
  pages: readonly IndexedPage[],
  roleOf: (page: IndexedPage, locale: Locale) => PageRole | undefined,
  base = '/',
): Map<Locale, VocabularyFile> {
  const out = new Map<Locale, VocabularyFile>();
  for (const locale of locales) {
    const words = new Map<string, number>();
    const pairs = new Map<string, number>();
    const places: Record<string, string[]> = {};
    const own = pages.filter((p) => indexedLocale(p.url, base) === locale);
    const aboutPlaces: Record<string, string[]> = {};
    let timeline: string | undefined;
    let elsewhere: string | undefined;
    for (const page of own) {
      const role = roleOf(page, locale);
      if (role?.kind === 'timeline') timeline = page.id;
      if (role?.kind === 'elsewhere') elsewhere = page.id;
      const names = role && role.kind !== 'timeline' ? [...new Set(role.names.map(normalizeForSearch).filter(Boolean))] : [];
      if (role?.kind === 'about-place') aboutPlaces[page.id] = names;
      else if (names.length > 0) places[page.id] = names;
      // Pagefind marks where it split Chinese text into words with zero-width spaces; the pairs span them.
      const content = `${page.content} ${page.names ?? ''}`.replaceAll('\u200b', '');
      for (const w of latinWords(content)) if (w.length >= 3 && !/\d/.test(w)) words.set(w, (words.get(w) ?? 0) + 1);
      for (const run of content.match(/\p{Script=Han}+/gu) ?? []) {
        const chars = [...run];
        for (let i = 1; i < chars.length; i++) {
          const pair = `${chars[i - 1]}${chars[i]}`;
          pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
        }
      }
    }
    // Pairs seen once are mostly names and chance neighbours; leaving them out halves the file. A language written
    // mostly in Latin letters has Chinese only in place names, and a query in Chinese there is searched whole.
    const chinese = pairs.size > words.size;
    out.set(locale, {
      words: byFrequency(words),
      pairs: chinese ? byFrequency(pairs, 2).join('') : '',
      places,
      pageCount: own.length,
      aboutPlaces,
      timeline,
      elsewhere,
    });
  }
  return out;
}

/**
 * Of a page's place names, those another page of its language also mentions: for the rest, Pagefind finds that page
 * alone, so search needs no help to rank it. Codes of two letters are left out, as they are also words ("ai" is
 * Anguilla's). For "everywhere else", whose 250 places would otherwise treble the vocabulary.
 */
export function namesOthersMention(names: readonly string[], page: IndexedPage, pages: readonly IndexedPage[], base = '/'): string[] {
  const locale = indexedLocale(page.url, base);
  const others = pages
    .filter((p) => p.id !== page.id && indexedLocale(p.url, base) === locale)
    .map((p) => ` ${normalizeForSearch(p.content.replaceAll('\u200b', ''))} `);
  return [...new Set(names.map(normalizeForSearch))].filter((name) =>
    /\p{Script=Han}/u.test(name)
      ? others.some((text) => text.includes(name))
      : name.length > 2 && others.some((text) => text.includes(` ${name} `)),
  );
}

/** Where the build writes a language's vocabulary, inside the Pagefind bundle. */
export function vocabularyFile(locale: Locale): string {
  return `vocabulary.${locale}.json`;
}
