import { HtmlElement, TextNode } from 'html-validate';
import { parseHtml } from './site.ts';
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
  publisherNames: sources.flatMap((s) => [
    s.publisher,
    // …or its Chinese name, where that keeps a Latin name of its own ("toolz.website（未註明原出處的新聞轉載網站）").
    ...(s.publisherName?.['zh-hk']?.match(/[A-Za-z][A-Za-z.]*[A-Za-z]/g) ?? []),
  ]),
  // - speakerNames: a quoted passage's marker names who was quoted ("…引述的 Ilya Sutskever 在 NeurIPS 會議上的發言").
  speakerNames: passages.flatMap((p) => p.speaker?.['zh-hk'].match(/[A-Za-z][A-Za-z .’-]*[A-Za-z]/g) ?? []),
};

const longestFirst = Object.values(ALLOWED_ATTRIBUTE_PHRASES)
  .flat()
  .sort((a, b) => b.length - a.length);

/** Entities such as &amp; and &#39; are markup, not words: each reads as a space here. */
const withoutEntities = (text: string) => text.replace(/&(?:#\d+|#x[\da-f]+|[a-z]+);/gi, ' ');

/**
 * Latin words on a Chinese page that are not inside an element marked with another language (lang="en" for quotes
 * and names): in text, and in what a screen reader or a tooltip says, the aria-label, alt and title attributes.
 * Each is reported as `word ← [attribute ]“text”` with the element's tag, so a leak can be traced to its component.
 * Read from the built HTML, no browser: the text is in the HTML, as the page promises readers without JavaScript.
 */
export function untranslatedWords(html: string): string[] {
  const out: string[] = [];
  const check = (raw: string, where: string) => {
    const text = withoutEntities(raw);
    // Addresses are not words: a link's URL, or the short address a printout shows (localhost:4321/zh-hk/ in a test build).
    if (/linkedin\.com|https?:|^[\w.-]+(?::\d+)?\/\S*$/.test(text.trim())) return;
    for (const word of text.match(/[A-Za-z][A-Za-z’'-]*/g) ?? []) {
      if (!ALLOWED_WORDS.includes(word)) out.push(`${word} ← ${where}“${text.trim().slice(0, 60)}”`);
    }
  };
  // Quotes and names in their own language (lang="en", lang="de") are not untranslated text; nor are scripts, styles,
  // hidden elements and the page's own address. The walk stops at such an element, so it covers all it holds.
  const skipped = (el: HtmlElement): boolean => {
    if (['script', 'style', 'template'].includes(el.tagName)) return true;
    const lang = el.getAttribute('lang')?.value;
    if (typeof lang === 'string' && !lang.startsWith('zh')) return true;
    return el.hasAttribute('hidden') || el.getAttribute('data-part')?.value === 'url';
  };
  const body = parseHtml(html).querySelector('body');
  if (!body) return ['no <body>'];
  const walk = (el: HtmlElement) => {
    if (skipped(el)) return;
    for (const node of el.childNodes) {
      if (node instanceof HtmlElement) walk(node);
      else if (node instanceof TextNode) check(node.textContent, '');
    }
    // What a screen reader or a tooltip says counts too: labels, alternative text and titles.
    for (const attr of ['aria-label', 'alt', 'title']) {
      const value = el.getAttribute(attr)?.value;
      if (typeof value !== 'string') continue;
      let text = value;
      for (const phrase of longestFirst) text = text.replaceAll(phrase, ' ');
      check(text, `<${el.tagName} ${attr}> `);
    }
  };
  walk(body);
  return out;
}
