import type { Locale } from './i18n.ts';
import { plainText } from './inlineMarkup.ts';

/** How long a short answer may be on a share card and in a link preview, by script: Chinese takes about twice the room. */
const LIMITS: Record<Locale, { enough: number; most: number }> = {
  en: { enough: 40, most: 160 },
  'zh-hk': { enough: 40, most: 80 },
};

/** The most an entry page's one-sentence answer may weigh: about 25 English words, or 40 Chinese characters. */
export const ANSWER_MOST: Record<Locale, number> = { en: 25, 'zh-hk': 40 };

/**
 * How much an answer weighs: words in English; characters in Chinese, where an English name or LinkedIn label inside
 * the sentence (領英（LinkedIn）) reads as one word, not one unit a letter.
 */
export function answerWeight(text: string, locale: Locale): number {
  const plain = text.trim();
  if (locale === 'en') return plain.split(/\s+/).length;
  return [...plain.replace(/[A-Za-z][\w.'’ -]*[\w.]|[A-Za-z]/g, '字')].length;
}

/** Sentences of plain text: English ends one at . ? ! before a space; Chinese at 。？！. */
function sentences(text: string, locale: Locale): string[] {
  const pattern = locale === 'en' ? /[^]*?[.?!](?=\s|$)|[^]+$/g : /[^]*?[。？！]|[^]+$/g;
  return [...text.matchAll(pattern)].map((m) => m[0].trim()).filter(Boolean);
}

/**
 * The opening of an answer, for its share card and link preview: the first sentence of its first paragraph, with the
 * next ones while it is too short to stand alone ("No."), cut at a clause (else a word) with an ellipsis when it
 * runs past what a card holds. The FAQ's answers open with their answer, so this is the answer itself.
 */
export function shortAnswer(paragraphs: readonly string[], locale: Locale): string {
  const { enough, most } = LIMITS[locale];
  const all = sentences(plainText(paragraphs[0] ?? '', locale), locale);
  let out = '';
  for (const s of all) {
    if (out.length >= enough) break;
    out = out ? `${out}${locale === 'en' ? ' ' : ''}${s}` : s;
  }
  if (out.length <= most) return out;
  // Cut at the last clause (a comma, semicolon or colon) that leaves enough to read; else at the last word.
  const cut = out.slice(0, most - 1);
  const clause = locale === 'en' ? /[,;:—][^,;:—]*$/ : /[，、：；（][^，、：；（]*$/;
  const word = locale === 'en' ? /\s+\S*$/ : /[A-Za-z][A-Za-z ]*$/;
  const atClause = cut.replace(clause, '');
  const atWord = cut.replace(word, '');
  // Hong Kong writes an ellipsis as two: ……
  return `${atClause.length >= most / 3 ? atClause : atWord.length >= most / 3 ? atWord : cut}${locale === 'en' ? '…' : '……'}`;
}
