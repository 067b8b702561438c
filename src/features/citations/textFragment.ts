/**
 * Links that open a page scrolled to, and highlighting, a quoted passage: URL text fragments
 * (https://wicg.github.io/scroll-to-text-fragment/). Browsers without support simply open the page.
 */

/** Longer quotes are matched by their first and last words, so a line break or a link inside them cannot stop the match. */
const WHOLE_QUOTE_MAX = 80;
const WHOLE_QUOTE_MAX_CJK = 40;
const EDGE_WORDS = 5;
const EDGE_CHARS_CJK = 8;

/**
 * Percent-encodes one part of a text directive. encodeURIComponent leaves '-' alone, but the directive uses '-' (and
 * ',' and '&', which it does encode) as syntax, so a dash inside the quoted text must be encoded as well.
 */
export function encodeTextDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function isCjk(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** The text directive for a quote: the whole quote when short, else its first and last words (characters for Chinese). */
export function textDirective(quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if ([...text].length <= (isCjk(text) ? WHOLE_QUOTE_MAX_CJK : WHOLE_QUOTE_MAX)) return `text=${encodeTextDirectivePart(text)}`;
  let start: string;
  let end: string;
  if (isCjk(text)) {
    const chars = [...text];
    start = chars.slice(0, EDGE_CHARS_CJK).join('');
    end = chars.slice(-EDGE_CHARS_CJK).join('');
  } else {
    const words = text.split(' ');
    start = words.slice(0, EDGE_WORDS).join(' ');
    end = words.slice(-EDGE_WORDS).join(' ');
  }
  return `text=${encodeTextDirectivePart(start)},${encodeTextDirectivePart(end)}`;
}

/** The source's address with a text fragment for the quote, keeping any fragment the address already has. */
export function textFragmentUrl(url: string, quote: string): string {
  const directive = `:~:${textDirective(quote)}`;
  return url.includes('#') ? `${url}${directive}` : `${url}#${directive}`;
}
