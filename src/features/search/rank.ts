/**
 * Ranks the guide's sections (a heading and the text under it: the unit a reader wants) by every word of a query,
 * each weighted by how rare it is, BM25F-style over fields: the heading (a FAQ question), the page's title, the
 * place's other names, the "questions this answers" (asked.ts) and the text. No rule knows about any page: a page
 * wins because it holds more of the reader's rarer words, in the fields that say most.
 *
 * Chinese is matched by single characters and by overlapping pairs of characters, so a name with one wrong character
 * (奧地俐) still shares most of its pairs with the right one (奧地利), and no word list is needed to split a sentence.
 * English words are folded to a stem ("training", "trained" → "train") and a word no page holds is mended to the
 * nearest one that a page does hold ("prvate" → "private").
 */
import { localeRecords, type Locale } from '../../data/locales.ts';
import { normalizeChineseDates } from './searchQuery.ts';
import { additions, englishStopwords, functionChars, traditionalChars } from './terms.ts';

/** The fields of a section, in the order the index file lists them. */
export const FIELDS = ['heading', 'title', 'names', 'asked', 'text'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * How much a word in each field counts, and how much a long field dilutes it (BM25's b). Measured on the tuning half
 * of the blind set and the repository's set (npm run bench:search); see README.md in this folder.
 */
export const WEIGHTS: Record<Field, { w: number; b: number }> = {
  heading: { w: 3, b: 0.3 },
  title: { w: 2, b: 0.3 },
  names: { w: 1, b: 0 },
  asked: { w: 2.5, b: 0.3 },
  text: { w: 1, b: 0.75 },
};
export const TUNING = {
  /** BM25's saturation: how soon more of the same word stops adding. */
  k1: 2,
  /** A single Chinese character says less than a pair; it still finds a page when every pair is misspelt. */
  char: 0.1,
  /** A word the reader did not type, added from terms.ts or a spelling correction. */
  added: 0.6,
  /** Of a page's other sections, this share of the second best adds to its best one. */
  second: 0.3,
  /** A word in Latin letters on pages written in Chinese (LinkedIn, AI) says less than the Chinese words there. */
  foreign: 0.4,
  /** A Chinese pair with one character that only builds a sentence, and with two (pairWeight). */
  halfGrammatical: 0.3,
  grammatical: 0.1,
  /**
   * A Chinese question is scored in pairs, about twice as many terms as an English one of the same words, so a name
   * (one pair) needs twice the weight to count the same share of it.
   */
  chineseNames: 2,
  /** Below this a term's most (its query weight times its rarity) is left out of the ranking. */
  negligible: 0.02,
  /** A Chinese pair across two words of a query, and how the pairs of one word share it (chineseTerms). */
  across: 0.5,
  wordShare: 0.5,
  /**
   * A page scoring less than this share of the best is not a result: every page holds "LinkedIn" and "AI", and a
   * count of every page that does says nothing to the reader.
   */
  kept: 0.1,
  /** Words in a passage of a long section. */
  passage: 25,
};

/**
 * One language's field index, as the build writes it (pagefindIndex.ts) from the fragments Pagefind indexed. Text
 * is already normalised (indexText): lower case, stems, no question words.
 */
export interface FieldIndexFile {
  /** [Pagefind id, url, title, other names, 1 when the names are too many to ship and Pagefind's metadata holds them] */
  pages: [id: string, url: string, title: string, names: string, namesInPagefind: 0 | 1][];
  /** [page, anchor ('' for the part before the first heading), heading, asked, text] */
  sections: [page: number, anchor: string, heading: string, asked: string, text: string][];
}

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /(\p{Script=Han}+)/u;

/** Lower case, traditional characters, Arabic-numeral dates, no accents on Latin letters, no punctuation. */
export function normalizeForSearch(text: string): string {
  const traditional = [...text.normalize('NFKC').toLowerCase()].map((c) => traditionalChars.get(c) ?? c).join('');
  return (
    normalizeChineseDates(traditional)
      .normalize('NFD')
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFC')
      .replace(/[’']/g, '')
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
      // Cantonese mixes in English words without spaces ("delete咗個account"): the scripts are words apart.
      .replace(/(\p{Script=Han})(?=[\p{Script=Latin}\d])|([\p{Script=Latin}\d])(?=\p{Script=Han})/gu, '$1$2 ')
      .trim()
  );
}

/** An English word's stem, the same for a page's words and a reader's: enough to meet "opted" with "opt". */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  // "stopped" → "stopp" → "stop"; "setting" → "sett" → "set"
  if (w.length > 3 && w.at(-1) === w.at(-2) && !/[lsz]/.test(w.at(-1)!)) w = w.slice(0, -1);
  return w;
}

/** A text as the index keeps it: normalised, English words stemmed and question words gone, Chinese as written. */
export function indexText(text: string): string {
  return normalizeForSearch(text)
    .split(' ')
    .flatMap((piece) => piece.split(HAN_RUN).filter(Boolean))
    .filter((w) => HAN.test(w) || !englishStopwords.has(w))
    .map((w) => (HAN.test(w) ? w : stem(w)))
    .join(' ');
}

/** The terms of an indexed text: its words, and for Chinese every character and every pair of neighbours. */
export function termsOf(indexed: string): string[] {
  const out: string[] = [];
  for (const w of indexed.split(' ')) {
    if (!w) continue;
    if (!HAN.test(w)) {
      out.push(w);
      continue;
    }
    const chars = [...w];
    for (let i = 0; i < chars.length; i++) {
      out.push(chars[i]!);
      if (i > 0) out.push(`${chars[i - 1]}${chars[i]}`);
    }
  }
  return out;
}

interface Posting {
  unit: number;
  /** How often the term occurs in each field, FIELDS order. */
  tf: number[];
}

export interface FieldIndex {
  pages: { id: string; url: string; title: string; namesInPagefind: boolean }[];
  sections: { page: number; anchor: string }[];
  /** What is scored: a section, or a passage of a long one, with the section's heading, title, names and questions. */
  units: { section: number; page: number }[];
  postings: Map<string, Posting[]>;
  /** Each unit's field lengths, FIELDS order, and the averages. */
  lengths: number[][];
  average: number[];
  /** The English words of the index, most frequent first, for spelling corrections. */
  words: string[];
  /** Whether the pages are written mostly in Chinese characters. */
  chinese: boolean;
  /** Per page, the pages built from the same template (the same sections under the same anchors), itself included. */
  family: number[][];
}

/**
 * Pages made from one template (a page per country) share most of their words. A word they all hold tells them
 * apart from nothing, so within such a family a word counts by how few of its pages hold it: fully for a word of one
 * page alone (its names, its regulator), little for the template's words. A second inverse document frequency, over
 * the family: no page or place is named anywhere in the code.
 */
function families(file: FieldIndexFile): number[][] {
  const signature = file.pages.map((_, page) =>
    file.sections
      .filter(([p]) => p === page)
      .map(([, anchor]) => anchor)
      .join(' '),
  );
  return signature.map((sig) => {
    const same = signature.flatMap((other, page) => (other === sig ? [page] : []));
    return sig.split(' ').length >= 3 && same.length >= 3 ? same : [];
  });
}

/**
 * A long section's text in passages of about `PASSAGE` words (a Chinese character counts half), so that a date in a
 * long list (the timeline) or a sentence deep in a long answer is not diluted by everything around it. A Chinese run
 * cut in two keeps one character on both sides, so no pair is lost.
 */
export function passages(indexed: string, size = TUNING.passage): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let length = 0;
  const push = (piece: string, cost: number) => {
    if (length + cost > size && current.length > 0) {
      out.push(current.join(' '));
      [current, length] = [[], 0];
    }
    current.push(piece);
    length += cost;
  };
  for (const w of indexed.split(' ')) {
    if (!w) continue;
    if (!HAN.test(w)) push(w, 1);
    else {
      const chars = [...w];
      const step = size * 2;
      for (let i = 0; i < chars.length; i += step)
        push(chars.slice(Math.max(0, i - 1), i + step).join(''), Math.min(step, chars.length - i) / 2);
    }
  }
  if (current.length > 0 || out.length === 0) out.push(current.join(' '));
  return out;
}

/** Between a page's other names in the index file: each name is matched on its own. */
export const NAME_SEPARATOR = '|';
const NAMES = FIELDS.indexOf('names');
const HEADING = FIELDS.indexOf('heading');
const TITLE = FIELDS.indexOf('title');

/**
 * How much of one of a page's names each term is: a word of a name of two words is half of it. A name is something a
 * reader types whole, so one common word of a long name ("minor" of "United States Minor Outlying Islands") must not
 * count as the name. A term in several names counts by the name it says most of.
 */
export function nameShares(names: string): Map<string, number> {
  const shares = new Map<string, number>();
  for (const name of names.split(NAME_SEPARATOR)) {
    const terms = termsOf(name);
    // Chinese is counted in pairs (a name of three characters is two pairs), other scripts in words.
    const size = Math.max(1, terms.filter((t) => !HAN.test(t) || [...t].length > 1).length);
    for (const term of new Set(terms)) shares.set(term, Math.max(shares.get(term) ?? 0, 1 / size));
  }
  return shares;
}

/** Reads an index file into postings: a few milliseconds, once per page view. */
export function loadIndex(file: FieldIndexFile): FieldIndex {
  const postings = new Map<string, Posting[]>();
  const lengths: number[][] = [];
  const units: FieldIndex['units'] = [];
  const frequency = new Map<string, number>();
  const pageTerms = file.pages.map(([, , title, names]) => [termsOf(title), nameShares(names)] as const);
  file.sections.forEach(([page, , heading, asked, text], section) => {
    const [title = [], names = new Map<string, number>()] = pageTerms[page] ?? [];
    const shared = [termsOf(heading), title, [...names.keys()], termsOf(asked)];
    for (const passage of passages(text)) {
      const unit = units.length;
      units.push({ section, page });
      const fields = [...shared, termsOf(passage)];
      lengths.push(fields.map((f) => f.length));
      const own = new Map<string, Posting>();
      fields.forEach((terms, f) => {
        for (const term of terms) {
          let posting = own.get(term);
          if (!posting) {
            posting = { unit, tf: [0, 0, 0, 0, 0] };
            own.set(term, posting);
            const list = postings.get(term);
            if (list) list.push(posting);
            else postings.set(term, [posting]);
          }
          posting.tf[f]! += f === NAMES ? names.get(term)! : 1;
          if (!HAN.test(term)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
        }
      });
    }
  });
  const average = FIELDS.map((_, f) => lengths.reduce((sum, l) => sum + l[f]!, 0) / Math.max(1, lengths.length) || 1);
  return {
    pages: file.pages.map(([id, url, title, , namesInPagefind]) => ({ id, url, title, namesInPagefind: namesInPagefind === 1 })),
    sections: file.sections.map(([page, anchor]) => ({ page, anchor })),
    units,
    postings,
    lengths,
    average,
    words: [...frequency].sort(([, a], [, b]) => b - a).map(([w]) => w),
    family: families(file),
    chinese: [...postings.keys()].filter((t) => HAN.test(t)).length > frequency.size,
  };
}

/** Damerau–Levenshtein distance (an adjacent swap is one edit), giving up above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    [prev2, prev] = [prev, row];
  }
  return prev[b.length]!;
}

/** The index's word nearest to one no page holds: one edit up to seven letters, two beyond; the commonest wins a tie. */
export function correctWord(word: string, index: FieldIndex): string | undefined {
  if (word.length < 4 || /\d/.test(word) || index.postings.has(word)) return undefined;
  const max = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of index.words) {
    if (candidate.length < 3) continue;
    const d = editDistance(word, candidate, max);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
    if (d === 1 && max === 1) break;
  }
  if (best) return best;
  // Two words run together ("optout", "privatemessages").
  for (let i = 2; i <= word.length - 2; i++) {
    const [a, b] = [stem(word.slice(0, i)), stem(word.slice(i))];
    if (index.postings.has(a) && index.postings.has(b)) return `${a} ${b}`;
  }
  return undefined;
}

const regionNames = new Map<Locale, Intl.DisplayNames>();
/**
 * A country's name for a country code typed in capitals ("I'm in the US"): the page for "everywhere else" holds the
 * names of the countries it covers, but not their codes, which would match everyday words. Not a code that is a word
 * of the guide's own (AI in its titles and headings, CV or DM in terms.ts), nor in a query typed all in capitals.
 */
export function countriesByCode(query: string, locale: Locale, index: FieldIndex): string[] {
  if (!/\p{Ll}/u.test(query)) return [];
  const known = (word: string) =>
    Object.values(additions).some((rows) => rows.some(([heard]) => heard === word)) ||
    (index.postings.get(word) ?? []).some((p) => p.tf[HEADING] || p.tf[TITLE]);
  const codes = [...query.matchAll(/(?<![\p{L}\d])[A-Z]{2}(?![\p{L}\d])/gu)].map((m) => m[0]).filter((c) => !known(c.toLowerCase()));
  if (codes.length === 0) return [];
  if (!regionNames.has(locale))
    regionNames.set(locale, new Intl.DisplayNames([localeRecords[locale].htmlLang], { type: 'region', fallback: 'none' }));
  return codes.flatMap((code) => regionNames.get(locale)!.of(code) ?? []);
}

/** The guide's words that terms.ts adds for the everyday ones in a normalised query. */
export function addedWords(normalized: string, locale: Locale): string[] {
  const padded = ` ${normalized} `;
  // English words meet by their stems, so that a row for "minor" also hears "minors".
  const stems = ` ${normalized.split(' ').map(stem).join(' ')} `;
  const stemmed = (heard: string) => ` ${heard.split(' ').map(stem).join(' ')} `;
  return additions[locale].flatMap(([heard, adds]) =>
    (HAN.test(heard) ? padded.includes(heard) : stems.includes(stemmed(heard))) ? [adds] : [],
  );
}

/**
 * A pair of Chinese characters counts less for each character in it that only builds a sentence (會, 唔, 咗, 的…):
 * a reader's question joins its words with them, and a pair across two words ("領英會" gives 英會) is noise that
 * happens to be rare in written pages.
 */
export function pairWeight(pair: string): number {
  const grammatical = [...pair].filter((c) => functionChars.has(c)).length;
  return grammatical === 0 ? 1 : grammatical === 1 ? TUNING.halfGrammatical : TUNING.grammatical;
}

const chineseWords = new Intl.Segmenter('zh-Hant', { granularity: 'word' });

/**
 * A reader's run of Chinese characters as weighted terms. Overlapping pairs count a word of three characters twice and
 * one of two once, and add a pair across each boundary between words; so the browser's own word breaker (the one
 * Pagefind uses) says where the words are: the pairs of one word share its weight, and a pair across two words counts
 * `TUNING.across`. The pairs are the same as the index's, so one wrong character still leaves most of a name's.
 */
export function chineseTerms(run: string): [term: string, share: number][] {
  const words = [...chineseWords.segment(run)].map((s) => s.segment);
  const out: [string, number][] = [];
  let previous = '';
  for (const word of words) {
    const chars = [...word];
    const pairs = Math.max(1, chars.length - 1);
    if (previous) out.push([`${previous}${chars[0]}`, TUNING.across]);
    for (let i = 0; i < chars.length; i++) {
      out.push([chars[i]!, 1]);
      if (i > 0) out.push([`${chars[i - 1]}${chars[i]}`, 1 / pairs ** TUNING.wordShare]);
    }
    previous = chars.at(-1) ?? '';
  }
  return out;
}

export interface QueryTerm {
  term: string;
  weight: number;
}

export interface UnderstoodQuery {
  terms: QueryTerm[];
  /** The words searched beyond what was typed: additions and corrections, for the status line. */
  added: string[];
}

/** A reader's query as weighted terms: their words, corrected where no page holds them, and the words terms.ts adds. */
export function understand(query: string, locale: Locale, index: FieldIndex): UnderstoodQuery {
  const normalized = normalizeForSearch(query);
  const weights = new Map<string, number>();
  const add = (term: string, weight: number) => weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  const added: string[] = [];
  for (const w of indexText(normalized).split(' ').filter(Boolean)) {
    if (HAN.test(w)) {
      for (const [t, share] of chineseTerms(w)) add(t, share * ([...t].length === 1 ? TUNING.char : pairWeight(t)));
      continue;
    }
    const fix = correctWord(w, index);
    if (fix === undefined) add(w, index.chinese ? TUNING.foreign : 1);
    else {
      added.push(fix);
      for (const t of fix.split(' ')) add(t, TUNING.added);
    }
  }
  // A country's code is the reader's own word for it, written out: it counts in full.
  const codes = countriesByCode(query, locale, index);
  for (const words of [...addedWords(normalized, locale), ...codes]) {
    added.push(words);
    const weight = codes.includes(words) ? 1 : TUNING.added;
    for (const t of termsOf(indexText(words))) add(t, weight * ([...t].length === 1 && HAN.test(t) ? TUNING.char : 1));
  }
  return { terms: [...weights].map(([term, weight]) => ({ term, weight })), added: [...new Set(added)] };
}

export interface RankedSection {
  section: number;
  score: number;
}

export interface RankedPage {
  page: number;
  score: number;
  /** The page's sections that matched, best first. */
  sections: RankedSection[];
}

/**
 * Every section scored by every term, BM25F: per term, the fields' weighted and length-normalised counts are summed
 * before saturation, so a word in a heading and the text counts once, strongly. A section scores as its best passage.
 * `extra` adds a term to a page's other names from outside the index (Pagefind's metadata, for a page whose names
 * the index leaves out).
 */
export function rankSections(
  terms: readonly QueryTerm[],
  index: FieldIndex,
  extra: ReadonlyMap<string, ReadonlySet<number>> = new Map(),
): RankedSection[] {
  const n = index.units.length;
  const scores = new Float64Array(n);
  const namesWeight = WEIGHTS.names.w * (index.chinese ? TUNING.chineseNames : 1);
  for (const { term, weight } of terms) {
    const list = index.postings.get(term) ?? [];
    const extraPages = extra.get(term);
    const has = extraPages ? new Set(list.map((p) => p.unit)) : undefined;
    const extraUnits = extraPages ? index.units.flatMap((u, i) => (extraPages.has(u.page) && !has!.has(i) ? [i] : [])) : [];
    const df = list.length + extraUnits.length;
    if (df === 0) continue;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    // A character on nearly every page (的, 會) can add almost nothing: not worth a pass over its postings.
    if (weight * idf < TUNING.negligible) continue;
    // Per field, the pages holding the term there: a country's name in its own title is its own, even when other
    // pages of its family mention it in their text.
    const pagesWith: Set<number>[] = [];
    const pagesHolding = (f: number) => {
      if (!pagesWith[f]) {
        pagesWith[f] = new Set(list.filter((p) => p.tf[f]).map((p) => index.units[p.unit]!.page));
        if (f === NAMES) for (const page of extraPages ?? []) pagesWith[f].add(page);
      }
      return pagesWith[f];
    };
    const shares = new Map<number, number>();
    const withinFamily = (page: number, f: number) => {
      const family = index.family[page]!;
      if (family.length === 0) return 1;
      // The same for every page of a family: counted once per field (a family is known by its first page).
      const key = family[0]! * FIELDS.length + f;
      let share = shares.get(key);
      if (share === undefined) {
        const holding = family.filter((p) => pagesHolding(f).has(p)).length;
        share = Math.log(1 + family.length / holding) / Math.log(1 + family.length);
        shares.set(key, share);
      }
      return share;
    };
    const add = (unit: number, tf: readonly number[]) => {
      const length = index.lengths[unit]!;
      const page = index.units[unit]!.page;
      let weighted = 0;
      FIELDS.forEach((field, f) => {
        if (!tf[f] || f === NAMES) return;
        const { w, b } = WEIGHTS[field];
        weighted += (withinFamily(page, f) * w * tf[f]!) / (1 - b + (b * length[f]!) / index.average[f]!);
      });
      scores[unit]! += (weight * idf * weighted) / (TUNING.k1 + weighted);
      // A page's name, unsaturated: a question that names a place is about that place, however many of its other
      // words a general page holds. A term counts by the share of a name it is (nameShares).
      if (tf[NAMES]) scores[unit]! += weight * idf * withinFamily(page, NAMES) * namesWeight * tf[NAMES]!;
    };
    for (const p of list) add(p.unit, p.tf);
    for (const u of extraUnits) add(u, [0, 0, 1, 0, 0]);
  }
  const best = new Map<number, number>();
  scores.forEach((score, unit) => {
    const section = index.units[unit]!.section;
    if (score > (best.get(section) ?? 0)) best.set(section, score);
  });
  return [...best].map(([section, score]) => ({ section, score })).sort((a, b) => b.score - a.score);
}

/** Pages by their best section, plus a share of their second best: a page that answers in two places is surer. */
export function rankPages(sections: readonly RankedSection[], index: FieldIndex): RankedPage[] {
  const byPage = new Map<number, RankedSection[]>();
  for (const s of sections) {
    const page = index.sections[s.section]!.page;
    const list = byPage.get(page);
    if (list) list.push(s);
    else byPage.set(page, [s]);
  }
  const ranked = [...byPage]
    .map(([page, list]) => ({ page, sections: list, score: list[0]!.score + TUNING.second * (list[1]?.score ?? 0) }))
    .sort((a, b) => b.score - a.score || a.page - b.page);
  const best = ranked[0]?.score ?? 0;
  return ranked.filter((p) => p.score >= TUNING.kept * best);
}
