import type { Locale } from './i18n.ts';
import { plainText } from './inlineMarkup.ts';

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

/** A line's length in Latin letters: a Chinese character is about two wide, so a short Chinese line is not short. */
export function visualLength(text: string): number {
  return [...text].reduce((n, c) => n + ((c.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1), 0);
}

/** How much a share card's answer may hold, in Latin letters: three lines of the card's body type, in either language. */
export const CARD_ANSWER_MOST = 160;

/**
 * An FAQ answer's short form, for its share card and link preview, as plain text: written for the purpose in the
 * data (faqs.ts `card`), so a card never stops mid-sentence. Throws where it would not fit the card or does not end
 * a sentence, so the build fails rather than cutting it.
 */
export function cardAnswer(card: string, locale: Locale): string {
  const text = plainText(card, locale).trim();
  if (visualLength(text) > CARD_ANSWER_MOST)
    throw new Error(`${locale} card answer runs to ${visualLength(text)} of ${CARD_ANSWER_MOST}: ${text}`);
  if (!(locale === 'en' ? /[.?!]$/ : /[。？！]$/).test(text) || /…/.test(text))
    throw new Error(`${locale} card answer does not end a sentence: ${text}`);
  return text;
}
