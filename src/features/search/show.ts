/**
 * How a page's indexed text (a Pagefind fragment) falls into sections, the same for the build that writes the field
 * index and the search box that shows a result's passages.
 */
import { indexText, termsOf } from './rank.ts';

const HAN = /\p{Script=Han}/u;
import { traditionalChars } from './terms.ts';

export interface Anchor {
  element: string;
  id: string;
  text: string;
  /** Word position in the fragment's content (words between spaces or zero-width spaces). */
  location: number;
}

export interface Section {
  anchor: string;
  heading: string;
  /** The words of the section's text, after its heading: [from, to). */
  from: number;
  to: number;
}

/** Headings start sections, each a part a reader can be sent to; the part before the first has the anchor ''. */
export function sectionList(content: string, anchors: readonly Anchor[]): Section[] {
  const words = content.split(/[\s\u200b]+/);
  const starts = anchors.filter((a) => /^h[2-6]$/.test(a.element)).sort((a, b) => a.location - b.location);
  const all = [{ id: '', text: '', location: 0 }, ...starts];
  return all.map((start, i) => {
    const end = all[i + 1]?.location ?? words.length;
    // Pagefind splits a Chinese heading into several words, so its length is counted in characters.
    const heading = start.text.replace(/\s+/g, '');
    let from = start.location;
    for (let taken = 0; taken < heading.length && from < Math.min(end, words.length); from++) taken += words[from]!.length;
    return { anchor: start.id, heading: start.text, from, to: end };
  });
}

/**
 * Where a page's own text starts: a Chinese region page's other names are indexed ahead of its h1 (so that Pagefind
 * finds the page by them), and a reader should not see them as the opening of its passage.
 */
export function afterOtherNames(words: readonly string[], from: number, names: string | undefined): number {
  // Pagefind splits the names into words of its own (Chinese at word breaks) and ends them with a full stop, so they
  // are matched by their characters.
  const own = (names ?? '').replace(/\s+/g, '');
  if (!own) return from;
  let taken = '';
  let at = from;
  while (taken.length < own.length && at < words.length) taken += words[at++];
  if (!taken.startsWith(own)) return from;
  while (words[at] === '.') at++;
  return at;
}

export function sectionsOf(content: string, anchors: readonly Anchor[]): Map<string, Section> {
  return new Map(sectionList(content, anchors).map((s) => [s.anchor, s]));
}

/** Whether a word of a page is one of the searched terms: a Latin word by its stem, Chinese by a searched pair. */
export function excerptMatcher(terms: readonly string[]): (word: string) => boolean {
  const wanted = new Set(terms.filter((t) => [...t].length > 1 || !/\p{Script=Han}/u.test(t)));
  const paired = new Set(terms.filter((t) => /\p{Script=Han}/u.test(t) && [...t].length === 2).flatMap((t) => [...t]));
  // A passage is chosen from every word of a section, and a page repeats its words: each is normalised once, and
  // only if it could hold a searched term at all. A Chinese word, if one of its characters (as normalisation writes
  // it) is in a searched term; a Latin one, if one of its runs starts with a searched word's first two letters, which
  // stemming never changes (policies → policy, stopped → stop). Almost every English word shares a letter with the
  // query, so a test by characters would let them all through.
  const hanChars = new Set([...wanted, ...paired].flatMap((t) => [...t]).filter((c) => HAN.test(c)));
  const starts = new Set([...wanted].filter((t) => !HAN.test(t)).map((t) => [...t].slice(0, 2).join('')));
  const mayMatch = (word: string) => {
    const lower = word.normalize('NFKD').toLowerCase();
    for (const c of lower) if (hanChars.has(c) || hanChars.has(traditionalChars.get(c) ?? c)) return true;
    if (starts.size === 0) return false;
    return lower
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFC')
      .replace(/[’']/g, '')
      .split(/[^\p{L}\p{N}]+|(?<=\p{Script=Han})|(?=\p{Script=Han})/u)
      .some((run) => run !== '' && !HAN.test(run) && starts.has([...run].slice(0, 2).join('')));
  };
  const known = new Map<string, boolean>();
  return (word) => {
    let found = known.get(word);
    if (found === undefined) {
      const own = mayMatch(word) ? termsOf(indexText(word)) : [];
      found = own.some((t) => wanted.has(t) || (/^\p{Script=Han}$/u.test(t) && own.length === 1 && paired.has(t)));
      known.set(word, found);
    }
    return found;
  };
}
