/**
 * From what a reader typed to what Pagefind searches. Pagefind finds pages that hold every word of a query and has
 * no spelling correction, so a question in a reader's own words ("does linkedin give my data to microsoft") or one
 * wrong letter finds nothing. This module:
 *  1. normalises the text (case, simplified characters, Chinese-numeral dates, punctuation);
 *  2. swaps everyday words for the guide's words and drops the words a question is made of (src/data/searchTerms.ts);
 *  3. corrects words the guide never uses to the nearest word it does, from a vocabulary built with the index, or to
 *     a reader's word that step 2 translates ("undr" → "under" → 未滿 on the Chinese pages);
 *  4. when no page holds every remaining word, searches for the set of them with the rarest words that a page holds;
 *  5. puts the page of a place the query names first, and the other places' pages after the general ones; a page
 *     about that place which holds the reader's other words (the PCPD's warning, for Hong Kong) goes before it;
 *  6. leads a date alone to the timeline, and keeps, for a Chinese name alone, the pages that write it whole.
 * The reader is told what was searched whenever it differs from what they typed.
 */
import { searchTerms, traditionalChars } from '../data/searchTerms.ts';
import type { Locale } from './i18n.ts';
import { normalizeChineseDates } from './searchQuery.ts';

/** The words of the guide in one language, most frequent first, as the build writes them (pagefindIndex.ts). */
export interface VocabularyFile {
  words: string[];
  /** Pairs of adjacent Chinese characters in the guide's text, most frequent first, run together ('私隱資料…'). */
  pairs: string;
  /** The pages about one place, by Pagefind id, with the names a reader may call it (normalised). */
  places: Record<string, string[]>;
  /** How many pages the language has. */
  pageCount: number;
  /** General pages about one place, by Pagefind id, with the place's names. */
  aboutPlaces?: Record<string, string[]>;
  /** The Pagefind id of the timeline, the page a date alone leads to. */
  timeline?: string | undefined;
  /** The Pagefind id of the page for every place not covered, which ranks like a general page. */
  elsewhere?: string | undefined;
}

export interface Vocabulary {
  words: ReadonlySet<string>;
  ranked: readonly string[];
  pairs: ReadonlySet<string>;
  rankedPairs: readonly string[];
  places: ReadonlyMap<string, readonly string[]>;
  aboutPlaces: ReadonlyMap<string, readonly string[]>;
  pageCount: number;
  timeline?: string | undefined;
  elsewhere?: string | undefined;
}

export function vocabulary(file: VocabularyFile): Vocabulary {
  const chars = [...file.pairs];
  const pairs = Array.from({ length: Math.floor(chars.length / 2) }, (_, i) => `${chars[2 * i]}${chars[2 * i + 1]}`);
  return {
    words: new Set(file.words),
    ranked: file.words,
    pairs: new Set(pairs),
    rankedPairs: pairs,
    places: new Map(Object.entries(file.places ?? {})),
    aboutPlaces: new Map(Object.entries(file.aboutPlaces ?? {})),
    pageCount: file.pageCount ?? 0,
    timeline: file.timeline,
    elsewhere: file.elsewhere,
  };
}

const HAN = /\p{Script=Han}/u;

/** The words of a text as the vocabulary counts them: letters and digits, lower case, hyphens splitting words. */
export function latinWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.filter((w) => !HAN.test(w)) ?? []
  );
}

/** Lower case, traditional characters, Arabic-numeral dates, and no punctuation. */
export function normalizeForSearch(query: string): string {
  const traditional = [...query.normalize('NFKC').toLowerCase()].map((c) => traditionalChars.get(c) ?? c).join('');
  return normalizeChineseDates(traditional)
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}\p{M}-]+/gu, ' ')
    .replace(/(^|\s)-+|-+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One pattern per language, built on first use: every synonym, longest first.
const synonymPatterns = new Map<Locale, { pattern: RegExp; table: ReadonlyMap<string, string> } | null>();

function synonymPattern(locale: Locale) {
  if (!synonymPatterns.has(locale)) {
    const { synonyms } = searchTerms[locale];
    const alternatives = synonyms.map(([from]) => (HAN.test(from) ? escapeRegExp(from) : `(?<=\\s)${escapeRegExp(from)}(?=\\s)`));
    synonymPatterns.set(
      locale,
      alternatives.length ? { pattern: new RegExp(alternatives.join('|'), 'gu'), table: new Map(synonyms) } : null,
    );
  }
  return synonymPatterns.get(locale) ?? null;
}

/** Swaps the reader's words for the guide's in one pass, longest first: whole words for Latin keys, anywhere for Chinese. */
export function applySynonyms(text: string, locale: Locale): string {
  const compiled = synonymPattern(locale);
  if (!compiled) return text;
  const out = ` ${text} `.replace(compiled.pattern, (from) => ` ${compiled.table.get(from) ?? from} `);
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Splits a run of Chinese characters into the words the guide has: chains of characters whose every adjacent pair
 * occurs in its text. Question particles go first.
 */
export function chineseWords(run: string, locale: Locale, vocab: Vocabulary): string[] {
  let text = run;
  for (const phrase of searchTerms[locale].stopPhrases) {
    if (phrase.length > 1) text = text.split(phrase).join(' ');
  }
  const words: string[] = [];
  for (const piece of text.split(' ').filter(Boolean)) {
    const chars = [...piece];
    let current = chars[0] ?? '';
    for (let i = 1; i < chars.length; i++) {
      if (vocab.pairs.has(`${chars[i - 1]}${chars[i]}`)) current += chars[i];
      else {
        words.push(current);
        current = chars[i]!;
      }
    }
    if (current) words.push(current);
  }
  // Characters the guide never writes side by side may still be a word it has once (台灣, 新加坡): neighbours that are
  // not particles stay together.
  const particles = new Set(searchTerms[locale].stopPhrases.filter((p) => p.length === 1));
  const merged: string[] = [];
  let loose = '';
  for (const w of words) {
    if (w.length === 1 && !particles.has(w)) loose += w;
    else {
      if (loose) merged.push(loose);
      loose = '';
      if (w.length > 1) merged.push(w);
    }
  }
  if (loose) merged.push(loose);
  return merged;
}

/** Damerau–Levenshtein distance (adjacent swaps count as one), giving up above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/**
 * The guide's word nearest to one it never uses: one edit for words of up to eight letters, two for longer ones,
 * the most frequent word winning a tie, and a word of `understood` (readers' words search translates) winning over
 * the guide's at the same distance. A word run together ("optout") splits into two of the guide's words.
 */
export function correctWord(
  word: string,
  vocab: Vocabulary,
  stopwords: ReadonlySet<string> = new Set(),
  understood: readonly string[] = [],
): string | undefined {
  if (vocab.words.has(word) || word.length < 3 || /\d/.test(word)) return undefined;
  // Another form of a word the guide uses ("opted" for "opt", "stopped" for "stop"): Pagefind matches a word's forms.
  const stem = /^(.{3,}?)(?:ed|ing|es|s)$/.exec(word)?.[1];
  for (const base of stem ? [stem, stem.replace(/(.)\1$/, '$1'), `${stem}e`] : []) if (vocab.words.has(base)) return base;
  const max = word.length >= 9 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of vocab.ranked) {
    // "feed" is not "need": a correction to a word that says nothing would only hide the reader's word.
    if (candidate.length < 3 || stopwords.has(candidate)) continue;
    const d = editDistance(word, candidate, max);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break; // the most frequent word one edit away
    }
  }
  // Words search translates though no page holds them ("under" on the Chinese pages, "disable"): the table lists what
  // readers type, so at the same distance one of them is likelier meant than a rare word of the guide ("und").
  for (const candidate of understood) {
    const d = editDistance(word, candidate, max);
    if (d <= bestDistance && d <= max) [best, bestDistance] = [candidate, d];
  }
  if (best) return best;
  for (let i = 2; i <= word.length - 2; i++) {
    if (vocab.words.has(word.slice(0, i)) && vocab.words.has(word.slice(i))) return `${word.slice(0, i)} ${word.slice(i)}`;
  }
  return undefined;
}

/**
 * A Chinese word with a character the guide never writes next to its neighbours (珊除 for 刪除): the character that
 * makes both pairs known, the most frequent pair winning.
 */
export function correctChineseWord(word: string, vocab: Vocabulary): string | undefined {
  const chars = [...word];
  if (chars.length < 2) return undefined;
  for (let i = 0; i < chars.length; i++) {
    const before = chars[i - 1];
    const after = chars[i + 1];
    const leftOk = before === undefined || vocab.pairs.has(`${before}${chars[i]}`);
    const rightOk = after === undefined || vocab.pairs.has(`${chars[i]}${after}`);
    if (leftOk && rightOk) continue;
    for (const pair of vocab.rankedPairs) {
      const candidate = before !== undefined ? (pair[0] === before ? pair[1] : undefined) : pair[1] === after ? pair[0] : undefined;
      if (candidate === undefined || candidate === chars[i]) continue;
      if (after !== undefined && before !== undefined && !vocab.pairs.has(`${candidate}${after}`)) continue;
      const fixed = [...chars];
      fixed[i] = candidate;
      return fixed.join('');
    }
  }
  return undefined;
}

export interface Terms {
  /** The reader's meaningful words after normalising, before synonyms and corrections. */
  typed: string[];
  /** The guide's words to search for. */
  terms: string[];
  /** Whether any word was corrected. */
  corrected: boolean;
  /** The words corrections produced. */
  fixes: string[];
}

/** A date as the guide writes it in Chinese (2025年11月3日), or a number: searched whole. */
const DATE_OR_NUMBER = /(\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?|\d+)/u;

function splitTerms(text: string, locale: Locale, vocab: Vocabulary): string[] {
  const out = allTerms(text, locale, vocab);
  // A lone Chinese character left between particles (犯, 搵, 將) names nothing on its own; it only narrows the search
  // to pages that happen to hold it.
  const single = (t: string) => HAN.test(t) && [...t].length === 1;
  return out.some((t) => !single(t)) ? out.filter((t) => !single(t)) : out;
}

function allTerms(text: string, locale: Locale, vocab: Vocabulary): string[] {
  const { stopwords } = searchTerms[locale];
  const out: string[] = [];
  for (const token of text.split(' ').filter(Boolean)) {
    if (!HAN.test(token)) {
      if (!stopwords.has(token)) out.push(token);
      continue;
    }
    // A token may mix scripts ("ai訓練"): Latin parts are words of their own. Chinese with digits is a date as the
    // guide writes it (2025年11月3日), which Pagefind matches whole.
    for (const part of token.split(/(\p{Script=Latin}+)/u).filter(Boolean)) {
      if (!HAN.test(part)) {
        if (!stopwords.has(part)) out.push(part);
      } else {
        for (const piece of part.split(DATE_OR_NUMBER).filter(Boolean)) {
          out.push(...(/\d/.test(piece) ? [piece] : chineseWords(piece, locale, vocab)));
        }
      }
    }
  }
  return out;
}

const understood = new Map<Locale, string[]>();

/** The one-word synonyms in Latin letters of a language, which a misspelling may be corrected to ("undr" → "under"). */
function understoodWords(locale: Locale): string[] {
  if (!understood.has(locale)) {
    understood.set(
      locale,
      searchTerms[locale].synonyms.map(([from]) => from).filter((from) => /^[a-z]{3,}$/.test(from)),
    );
  }
  return understood.get(locale)!;
}

/**
 * The words to search for, with the guide's words for the reader's and spelling corrected against the vocabulary.
 * Chinese words are corrected only on request: the vocabulary leaves out pairs of characters seen once, so a
 * correct but rare word could look misspelt.
 */
export function searchTermsFor(query: string, locale: Locale, vocab: Vocabulary, correctChinese = false): Terms {
  const normalized = normalizeForSearch(query);
  const typed = splitTerms(normalized, locale, vocab);
  const swapped = splitTerms(applySynonyms(normalized, locale), locale, vocab);
  let corrected = false;
  const fixes: string[] = [];
  const terms = swapped.flatMap((term) => {
    const fix = HAN.test(term)
      ? correctChinese && !/\d/.test(term)
        ? correctChineseWord(term, vocab)
        : undefined
      : term.includes('-')
        ? undefined
        : correctWord(term, vocab, searchTerms[locale].stopwords, understoodWords(locale));
    if (fix === undefined) return [term];
    corrected = true;
    const words = splitTerms(applySynonyms(fix, locale), locale, vocab);
    fixes.push(...words);
    return words;
  });
  return { typed, terms: [...new Set(terms)], corrected, fixes };
}

/** Whether a term is one the guide uses (Pagefind would otherwise match it loosely, to unrelated words). */
export function isKnown(term: string, vocab: Vocabulary): boolean {
  // Chinese words are left to Pagefind: the vocabulary cannot tell a rare word from a misspelt one.
  if (HAN.test(term)) return true;
  return term.length < 3 || vocab.words.has(term) || /\d/.test(term) || term.includes('-');
}

/** Every subset of `items` with `size` members, in order. */
export function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, size - 1).map((s) => [first!, ...s]), ...subsets(rest, size)];
}

/** What the plan needs of a search engine: Pagefind, or a stand-in in tests. */
export interface SearchBackend<R> {
  /** The results for a query, best first; null when a newer search has replaced this one. */
  search(query: string): Promise<R[] | null>;
  /** A result's page id (Pagefind's), to tell the pages about one place. */
  id(result: R): string;
}

export interface PlannedSearch<R> {
  results: R[];
  /** The query Pagefind answered with these results. */
  searched: string;
  /** What was searched, when it differs from the reader's own words beyond dropping words like "how" or "my". */
  searchedFor?: string | undefined;
}

/** A word on at most this share of a language's pages names a topic. */
const TOPICAL_SHARE = 0.25;

/** The most words we try subsets of (at most 127 searches of about a millisecond each). */
const MAX_TERMS = 7;

/** Whether a text names a place: Chinese names anywhere, others as whole words; never by a word like "is" or "it". */
function names(text: string, name: string, locale: Locale): boolean {
  if (HAN.test(name)) return text.includes(name);
  return !searchTerms[locale].stopwords.has(name) && ` ${text} `.includes(` ${name} `);
}

/**
 * Region pages share most of their words, and the shortest of them win Pagefind's ranking for general questions. So:
 * when the query names places, their pages come first; when it names none, pages about one place come after the rest.
 */
/**
 * The place pages a text names, each with the longest of its names the text uses. A name inside a longer one the text
 * uses does not count: "northern ireland" names the United Kingdom, not Ireland.
 */
export function namedPlaces(text: string, locale: Locale, vocab: Vocabulary): [page: string, name: string][] {
  const found = [...vocab.places].flatMap(([page, all]) => {
    const used = all.filter((n) => names(text, n, locale)).sort((a, b) => b.length - a.length);
    return used[0] === undefined ? [] : [[page, used[0]] as [string, string]];
  });
  return found.filter(
    ([page, name]) => !found.some(([other, longer]) => other !== page && longer.length > name.length && longer.includes(name)),
  );
}

export function placeOrder<R>(
  results: readonly R[],
  text: string,
  locale: Locale,
  vocab: Vocabulary,
  id: (r: R) => string,
  topical = false,
): R[] {
  const named = new Set(namedPlaces(text, locale, vocab).map(([page]) => page));
  // A named place leads unless the query is about a topic too; then it only keeps its place among the general pages.
  const general = (r: R) => !vocab.places.has(id(r)) || id(r) === vocab.elsewhere;
  const first = named.size > 0 && !topical ? (r: R) => named.has(id(r)) : (r: R) => named.has(id(r)) || general(r);
  return [...results.filter(first), ...results.filter((r) => !first(r))];
}

/**
 * Runs a reader's query: the guide's words for theirs, corrected, and, when no page holds them all, the largest
 * subset some page holds, keeping its rarest words. Then places first or last (placeOrder).
 */
export async function plannedSearch<R>(
  query: string,
  locale: Locale,
  vocab: Vocabulary,
  engine: SearchBackend<R>,
): Promise<PlannedSearch<R> | null> {
  // The plan may ask for the same words twice (a word alone, to weigh it, then as a place's name): once is enough.
  const asked = new Map<string, Promise<R[] | null>>();
  const backend: SearchBackend<R> = {
    id: engine.id,
    search: (text) => asked.get(text) ?? asked.set(text, engine.search(text)).get(text)!,
  };
  const normalized = normalizeForSearch(query);
  // Nothing but symbols or emoji: no word to search for.
  if (!normalized) return { results: [], searched: '' };
  const planned = await findTerms(normalized, locale, vocab, backend);
  if (planned === null) return null;
  // A Chinese name searched alone (蘇茨克維爾) matches, character by character, any page that has its characters apart,
  // such as the list of every country's name: keep the pages that hold it as written.
  if (nameAlone(planned.searched, vocab)) {
    const exact = await backend.search(`"${planned.searched}"`);
    if (exact === null) return null;
    const holds = new Set(exact.map(backend.id));
    if (holds.size > 0) planned.results = planned.results.filter((r) => holds.has(backend.id(r)));
  }
  const text = `${normalized} ${planned.searched}`;
  const named = namedPlaces(text, locale, vocab);
  // Topical: a word besides the places' names that few pages hold ("pcpd", "ordinance"), as opposed to words on most
  // pages ("linkedin", "ai", "opt").
  const placeWords = new Set(named.flatMap(([, n]) => n.split(' ')));
  let topical = false;
  if (placeWords.size > 0) {
    // A Chinese term inside a named place's name (香港特, left of 香港特區 when 區 stands alone) is part of the name.
    const inName = (t: string) => placeWords.has(t) || (HAN.test(t) && named.some(([, n]) => n.includes(t)));
    for (const term of planned.searched.split(' ').filter((t) => t && !inName(t))) {
      const alone = await backend.search(term);
      if (alone === null) return null;
      if (alone.length <= vocab.pageCount * TOPICAL_SHARE) topical = true;
    }
  }
  // A place the reader named whose page lacks their other words ("is canada affected"): its page is found by its name,
  // and comes first.
  const found = new Set(planned.results.map(backend.id));
  const extra: R[] = [];
  for (const [page, name] of named.filter(([p]) => !found.has(p))) {
    const results = await backend.search(name);
    if (results === null) return null;
    extra.push(...results.filter((r) => backend.id(r) === page));
  }
  let ordered = placeOrder([...extra, ...planned.results], text, locale, vocab, backend.id, topical);
  // A general page about a named place that holds every word ("consent hong kong": the PCPD's warning) answers better
  // than the place's own page found by its name alone.
  const about = planned.results.filter((r) => vocab.aboutPlaces.get(backend.id(r))?.some((n) => names(text, n, locale)));
  const firstExtra = ordered.findIndex((r) => extra.includes(r));
  if (about.length > 0 && firstExtra >= 0) {
    const rest = ordered.filter((r) => !about.includes(r));
    ordered = [...rest.slice(0, firstExtra), ...about, ...rest.slice(firstExtra)];
  }
  return { ...planned, results: isDate(planned.searched) ? timelineFirst(ordered, vocab, backend.id) : ordered };
}

/** A query of one run of three or more Chinese characters, on pages written in Chinese. */
function nameAlone(searched: string, vocab: Vocabulary): boolean {
  const chars = [...searched];
  return vocab.pairs.size > 0 && chars.length >= 3 && chars.every((c) => HAN.test(c));
}

const DATE_PART =
  /^(?:\d{1,4}|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?|january|february|march|april|may|june|july|august|september|october|november|december)$/u;

/**
 * Whether searched words are a date and nothing else ("3 november 2025", "2025年11月3日", "2024"): numbers alone are
 * not, unless one is a year ("18" is an age).
 */
export function isDate(searched: string): boolean {
  const words = searched.split(' ').filter(Boolean);
  return words.length > 0 && words.every((w) => DATE_PART.test(w)) && words.some((w) => !/^\d{1,3}$/.test(w));
}

/**
 * A date alone is a question about what happened then, which the timeline answers; other pages mention the same dates
 * more often (the regions page gives each place's), so Pagefind alone would rank them first.
 */
function timelineFirst<R>(results: readonly R[], vocab: Vocabulary, id: (r: R) => string): R[] {
  const timeline = results.filter((r) => id(r) === vocab.timeline);
  return [...timeline, ...results.filter((r) => id(r) !== vocab.timeline)];
}

async function findTerms<R>(
  normalized: string,
  locale: Locale,
  vocab: Vocabulary,
  backend: SearchBackend<R>,
): Promise<PlannedSearch<R> | null> {
  const { typed, terms, corrected, fixes } = searchTermsFor(normalized, locale, vocab);
  if (terms.length === 0) {
    // Only words like "how" or "is it": search what was typed, as Pagefind would.
    const results = await backend.search(normalized);
    return results && { results, searched: normalized };
  }
  const describe = (used: string[], fixed: boolean) => (fixed || used.join(' ') !== typed.join(' ') ? used.join(' ') : undefined);
  const known = terms.filter((t) => isKnown(t, vocab));
  let first = known.length > 0 ? known : terms;
  let fixed = corrected;
  let all = await backend.search(first.join(' '));
  if (all === null) return null;
  if (all.length === 0 && fixes.length > 0) {
    // A correction no page fits together with the other words was probably a word the guide does not use ("deadline"
    // is not "decline"): leave it out rather than search for something else.
    const without = first.filter((t) => !fixes.includes(t));
    const results = without.length > 0 ? await backend.search(without.join(' ')) : [];
    if (results === null) return null;
    if (results.length > 0) [first, all] = [without, results];
  }
  if (all.length === 0) {
    const retry = searchTermsFor(normalized, locale, vocab, true);
    if (retry.terms.join(' ') !== terms.join(' ')) {
      const again = retry.terms.filter((t) => isKnown(t, vocab));
      const results = await backend.search(again.join(' '));
      if (results === null) return null;
      if (results.length > 0) [first, fixed, all] = [again, true, results];
    }
  }
  if (all.length > 0) return { results: all, searched: first.join(' '), searchedFor: describe(first, fixed) };
  // No page holds every word. Words no page holds go; then the set of the rest that some page holds with the rarest
  // words (a word on every page, like "linkedin", says least about what the reader wants; "italia" says most).
  const pagesWith = new Map<string, number>();
  for (const term of first) {
    const alone = await backend.search(term);
    if (alone === null) return null;
    pagesWith.set(term, alone.length);
  }
  const pool = first.filter((t) => (pagesWith.get(t) ?? 0) > 0).slice(0, MAX_TERMS);
  const rarity = (used: string[]) => used.reduce((sum, t) => sum + 1 / (pagesWith.get(t) ?? 1), 0);
  const choices = Array.from({ length: pool.length }, (_, i) => subsets(pool, pool.length - i)).flat();
  // Stable sort: among equally rare choices, the one with more words (listed first) wins.
  for (const used of choices.sort((a, b) => rarity(b) - rarity(a))) {
    const results = await backend.search(used.join(' '));
    if (results === null) return null;
    if (results.length > 0) return { results, searched: used.join(' '), searchedFor: used.join(' ') };
  }
  return { results: [], searched: first.join(' '), searchedFor: describe(first, fixed) };
}
