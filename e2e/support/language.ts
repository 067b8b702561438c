import type { Page } from '@playwright/test';
import { sources } from '../../src/data/sources.ts';
import { passages } from '../../src/data/passages.ts';

// Latin words allowed in Chinese text outside lang="en": names, acronyms and product names that HK Chinese writes in Latin letters.
const ALLOWED_WORDS = [
  'AI',
  'LinkedIn',
  'PCPD',
  'ICO',
  'OPC',
  'FDPIC',
  'DPC',
  'BfDI',
  'UTC',
  'InMail',
  'NeurIPS',
  'OpenAI',
  'Meta',
  'iPhone',
  'Android',
  'Ctrl',
  'K',
  'JavaScript',
  'RSS',
];

/**
 * Whole phrases allowed in an attribute, each named for where it comes from. Known and accepted, not leaks:
 * - publisherNames: a citation marker's label names its source's publisher ("來源8：Hong Kong Free Press"), an
 *   English proper name that has no Chinese form (src/data/sources.ts).
 */
const ALLOWED_ATTRIBUTE_PHRASES = {
  publisherNames: sources.map((s) => s.publisher),
  // - speakerNames: a quoted passage's marker names who was quoted ("…引述的 Ilya Sutskever 在 NeurIPS 會議上的發言").
  speakerNames: passages.flatMap((p) => p.speaker?.['zh-hk'].match(/[A-Za-z][A-Za-z .’-]*[A-Za-z]/g) ?? []),
};

/**
 * Latin words on a Chinese page that are not inside an element marked with another language (lang="en" for quotes
 * and names): in text, and in what a screen reader or a tooltip says, the aria-label, alt and title attributes.
 * Each is reported as `word ← [attribute ]“text”` with the element's tag, so a leak can be traced to its component.
 */
export async function untranslatedWords(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ allowed, phrases }) => {
      const out: string[] = [];
      const check = (text: string, where: string) => {
        if (/linkedin\.com|https?:/.test(text)) return;
        for (const word of text.match(/[A-Za-z][A-Za-z’'-]*/g) ?? []) {
          if (!allowed.includes(word)) out.push(`${word} ← ${where}“${text.trim().slice(0, 60)}”`);
        }
      };
      // Quotes and names in their own language (lang="en", lang="de") are not untranslated text.
      const skip = 'script, style, [lang]:not([lang^="zh"]), [hidden], [data-part="url"]';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const el = node.parentElement;
        if (!el || el.closest(skip)) continue;
        check(node.data, '');
      }
      // What a screen reader or a tooltip says counts too: labels, alternative text and titles.
      const longestFirst = [...phrases].sort((a, b) => b.length - a.length);
      for (const attr of ['aria-label', 'alt', 'title']) {
        for (const el of document.body.querySelectorAll(`[${attr}]`)) {
          if (el.closest(skip)) continue;
          let text = el.getAttribute(attr) ?? '';
          for (const phrase of longestFirst) text = text.replaceAll(phrase, ' ');
          check(text, `<${el.tagName.toLowerCase()} ${attr}> `);
        }
      }
      return out;
    },
    { allowed: ALLOWED_WORDS, phrases: Object.values(ALLOWED_ATTRIBUTE_PHRASES).flat() },
  );
}
