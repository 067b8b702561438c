import type { UiKey } from '../../data/ui.ts';
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

/** The search box's messages: each name and the UI string it is (src/data/ui.ts). */
export const SEARCH_MESSAGES = {
  loading: 'search.loading',
  empty: 'search.empty',
  'count.one': 'search.count.one',
  'count.many': 'search.count.many',
  none: 'search.none',
  truncated: 'search.truncated',
  failed: 'search.failed',
  more: 'search.more',
  searchedFor: 'search.searchedFor',
  // The status line's sentences are joined as the language joins sentences (no space in Chinese).
  betweenSentences: 'punct.betweenSentences',
} as const satisfies Record<string, UiKey>;

/**
 * A passage of a page's indexed text (Pagefind's fragment `content`, words between spaces or zero-width spaces) to
 * show under a result: the window of `size` words within [from, to) holding most of the searched words, as segments
 * with those words marked. `matches` says whether a word of the page is one searched for.
 */
export function passageExcerpt(
  words: readonly string[],
  from: number,
  to: number,
  matches: (word: string) => boolean,
  size = 24,
): { text: string; marked: boolean }[] {
  const end = Math.min(to, words.length);
  const hit = words.slice(from, end).map((w) => matches(w));
  // The window with the most hits, slid one word at a time: what enters is counted, what leaves is taken off.
  let count = hit.slice(0, size).filter(Boolean).length;
  let best = 0;
  let bestCount = count;
  for (let start = 1; start < hit.length - size + 1; start++) {
    count += (hit[start + size - 1] ? 1 : 0) - (hit[start - 1] ? 1 : 0);
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  // Pagefind keeps words apart with spaces; Chinese text has none, beside Chinese characters or full-width punctuation
  // (「設定 。」, 「Off 。」 as the page shows 「設定。」, 「Off。」).
  const cjk = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
  const pieces: { text: string; marked: boolean }[] = [];
  // Pagefind ends a block without a full stop with "." of its own; Chinese writes 。 and a two-character ellipsis.
  const shown = words.slice(from + best, Math.min(end, from + best + size));
  const chinese = shown.some((w) => /\p{Script=Han}/u.test(w));
  const window = shown.map((w) => (chinese && w === '.' ? '。' : w));
  if (best > 0) pieces.push({ text: chinese ? '……' : '… ', marked: false });
  window.forEach((word, i) => {
    if (i > 0 && !cjk.test(word[0] ?? '') && !cjk.test(window[i - 1]!.at(-1) ?? '')) {
      // A space between two marked words belongs to the mark: "setting off" is one phrase found.
      pieces.push({ text: ' ', marked: hit[best + i - 1]! && hit[best + i]! });
    }
    pieces.push({ text: word, marked: hit[best + i]! });
  });
  if (from + best + size < end) pieces.push({ text: chinese ? '……' : ' …', marked: false });
  const out: { text: string; marked: boolean }[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (last && last.marked === piece.marked) last.text += piece.text;
    else out.push({ ...piece });
  }
  return out;
}
