/** Longest query we send to the index: enough for any real question, short enough to stay fast. */
export const MAX_QUERY_LENGTH = 200;

export interface CleanQuery {
  query: string;
  /** The reader typed more than we search for. */
  truncated: boolean;
}

/** Trims, folds white space and control characters, and caps the length of what a reader typed. */
export function cleanQuery(raw: string | null | undefined): CleanQuery {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point of this pattern
  const folded = (raw ?? '').replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  const chars = [...folded]; // by code point, so an emoji is never cut in half
  return chars.length > MAX_QUERY_LENGTH
    ? { query: chars.slice(0, MAX_QUERY_LENGTH).join('').trim(), truncated: true }
    : { query: folded, truncated: false };
}

// A Map: the name comes from the excerpt, and '&constructor;' must not find Object.prototype's.
const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES.get(code.toLowerCase()) ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt ('… the <mark>setting</mark> …') into plain text segments, marking the matches.
 * The caller builds text nodes from them, so nothing in an excerpt can ever become markup.
 */
export function excerptSegments(excerpt: string): { text: string; marked: boolean }[] {
  const out: { text: string; marked: boolean }[] = [];
  const parts = excerpt.split(/(<mark>[\s\S]*?<\/mark>)/g);
  for (const part of parts) {
    if (!part) continue;
    const marked = part.startsWith('<mark>') && part.endsWith('</mark>');
    const inner = marked ? part.slice(6, -7) : part;
    const text = decodeEntities(inner.replace(/<[^>]*>/g, ''));
    if (text) out.push({ text, marked });
  }
  return out;
}

/** Words worth highlighting on the page a result leads to: two characters or more, at most ten. */
export function highlightTerms(param: string | null): string[] {
  const { query } = cleanQuery(param);
  const words = query.split(' ').filter((w) => [...w].length >= 2 || /\p{Script=Han}/u.test(w));
  return [...new Set(words.map((w) => w.toLocaleLowerCase()))].slice(0, 10);
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十一 → 11, 二十三 → 23, 三十一 → 31 (the numbers a month or a day can be). */
function chineseNumber(text: string): number | undefined {
  if (!/^[〇零一二兩三四五六七八九十]{1,3}$/.test(text)) return undefined;
  const [tens = '', ones = ''] = text.includes('十') ? text.split('十') : ['', text];
  const t = text.includes('十') ? (tens === '' ? 1 : CN_DIGITS[tens]) : 0;
  const o = ones === '' ? 0 : CN_DIGITS[ones];
  return t === undefined || o === undefined ? undefined : t * 10 + o;
}

/**
 * The guide writes dates as 2025年11月3日; readers also type 十一月三日. Rewrites Chinese-numeral months and days
 * in a query to Arabic numerals so both find the same pages.
 */
export function normalizeChineseDates(query: string): string {
  return query.replace(/([〇零一二兩三四五六七八九十]{1,3})(月|日|號)/g, (whole, num: string, unit: string) => {
    const n = chineseNumber(num);
    return n === undefined || n === 0 ? whole : `${n}${unit === '號' ? '日' : unit}`;
  });
}

/** The search box's messages, by name; each is the UI string 'search.<name>'. */
export const SEARCH_MESSAGES = [
  'loading',
  'empty',
  'count.one',
  'count.many',
  'none',
  'truncated',
  'failed',
  'more',
  'searchedFor',
] as const;

/** A Pagefind sub-result: a heading of the page that matched, with where and how well each match scored. */
export interface SubResult {
  url: string;
  /** Positions in the page's indexed text (its fragment's `content`) of the words that matched. */
  locations?: number[];
  weighted_locations: { balanced_score: number }[];
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * How many of the searched words a part of a page matched. A Latin word counts when a matched position's word begins
 * like it (Pagefind matches "switching" for "switch"); `content` is the page's indexed text, in which Pagefind counts
 * positions by words between spaces or zero-width spaces. On a Chinese page a word counts when the part's heading or
 * excerpt holds it: there Pagefind counts positions by its own word breaks, which the content does not show.
 */
export function termsMatched(
  content: string,
  sub: { locations?: readonly number[]; title?: string; excerpt?: string },
  terms: readonly string[],
): number {
  const words = content.split(/[\s\u200b]+/);
  const found = new Set<string>();
  if (/\p{Script=Han}/u.test(content)) {
    const title = (sub.title ?? '').toLocaleLowerCase();
    const shown = `${title} ${(sub.excerpt ?? '').replace(/<[^>]*>/g, '')}`.toLocaleLowerCase();
    for (const term of terms) if (shown.includes(term)) found.add(term);
    // A heading that names the word is about it, more than a passage that mentions it.
    return found.size + terms.filter((term) => title.includes(term)).length;
  }
  for (const at of sub.locations ?? []) {
    const word = (words[at] ?? '').toLocaleLowerCase();
    for (const term of terms) {
      if (sharedPrefix(word, term) >= Math.max(2, Math.min(4, term.length - 1))) found.add(term);
    }
  }
  return found.size;
}

/**
 * The headings a result lists under it: those matching more of the searched words first (`matched`, when given),
 * then the best-scoring (Pagefind lists them in page order, so a FAQ question that matches well would sit below a
 * passing mention), without the page itself or its list of sources.
 */
export function topSubResults<S extends SubResult>(pageUrl: string, subs: readonly S[], n = 3, matched: (s: S) => number = () => 0): S[] {
  const score = (s: S) => s.weighted_locations.reduce((sum, w) => sum + w.balanced_score, 0);
  return subs
    .filter((s) => s.url !== pageUrl && !s.url.endsWith('#page-sources'))
    .sort((a, b) => matched(b) - matched(a) || score(b) - score(a))
    .slice(0, n);
}

/**
 * Pagefind's ranking options for the guide. Pagefind's defaults: on the relevance set (npm run bench:search,
 * 29 November 2026) no setting of pageLength, termFrequency, termSaturation or termSimilarity tried did better in
 * both languages, and pageLength 0–0.3 did clearly worse (zh-hk success@1 from 49% to 34–42%).
 */
export const PAGEFIND_RANKING = {};
