// The Chinese a reader sees on a built page, split into the runs a linter can judge: one run per block of text (a
// paragraph, a list item, a cell, a button…) and one per label a screen reader or a tooltip gives (aria-label, alt,
// title). Words in another language (lang="en", lang="fr"…) stand in as one Latin word, so the linter still sees the
// spacing around them but not their own punctuation; citation markers ([1]) are left out.

const blockTags = new Set(
  'p li h1 h2 h3 h4 h5 h6 td th dd dt figcaption summary blockquote div section article header footer nav main aside button label caption option legend ol ul dl table tr details form title'.split(
    ' ',
  ),
);
const voidTags = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const skippedTags = new Set(['script', 'style', 'svg', 'template', 'noscript']);
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const decode = (s: string) =>
  s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' ? 2 : 1), e[1] === 'x' ? 16 : 10)) : (entities[e] ?? m),
  );

export interface ChineseRun {
  text: string;
  /** Where it came from: the block's tag, or the attribute's name. */
  from: string;
  /** Whether any of it is quoted from a source (<blockquote>, <q>): the source's words, not the guide's. */
  quoted: boolean;
}

const hasChinese = (s: string) => /[\u3400-\u9fff]/.test(s);

/** The Chinese runs of `html` (only the text inside <main> and the page's labels, when `mainOnly` is false). */
export function chineseRuns(html: string): ChineseRun[] {
  const runs: ChineseRun[] = [];
  // Each open element: its tag, whether its text is in another language, whether it is skipped.
  const stack: { tag: string; foreign: boolean; skip: boolean; quoted: boolean }[] = [];
  let current = '';
  let currentQuoted = false;
  let currentFrom = 'p';
  let lastWasForeign = false;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (hasChinese(text)) runs.push({ text, from: currentFrom, quoted: currentQuoted });
    current = '';
    currentQuoted = false;
    lastWasForeign = false;
  };
  for (const token of html.split(/(<[^>]+>)/)) {
    if (!token) continue;
    if (token.startsWith('<!') || token.startsWith('<?')) continue;
    if (token.startsWith('<')) {
      const m = token.match(/^<(\/?)([a-zA-Z][\w-]*)([\s\S]*?)(\/?)>$/);
      if (!m) continue;
      const [, closing, rawTag, attrs, selfClosing] = m;
      const tag = rawTag!.toLowerCase();
      if (closing) {
        const at = stack.map((e) => e.tag).lastIndexOf(tag);
        if (at >= 0) stack.length = at;
        if (blockTags.has(tag)) flush();
        continue;
      }
      const parent = stack.at(-1);
      for (const a of attrs!.matchAll(/\s(aria-label|alt|title|placeholder)="([^"]*)"/g)) {
        const value = decode(a[2]!).trim();
        if (!parent?.skip && hasChinese(value)) runs.push({ text: value, from: a[1]!, quoted: false });
      }
      if (voidTags.has(tag) || selfClosing) continue;
      if (blockTags.has(tag)) {
        flush();
        currentFrom = tag;
      }
      const lang = attrs!.match(/\slang="([^"]*)"/)?.[1];
      stack.push({
        tag,
        foreign: lang ? !lang.toLowerCase().startsWith('zh') : (parent?.foreign ?? false),
        skip: (parent?.skip ?? false) || skippedTags.has(tag) || /\sdata-cite=/.test(attrs!) || /\saria-hidden="true"/.test(attrs!),
        quoted: (parent?.quoted ?? false) || tag === 'blockquote' || tag === 'q',
      });
      continue;
    }
    const top = stack.at(-1);
    if (top?.skip) continue;
    if (top?.foreign) {
      if (!lastWasForeign && token.trim()) current += 'Latin';
      lastWasForeign = token.trim() ? true : lastWasForeign;
      continue;
    }
    // Whitespace alone between two elements separates items (tags, chips); it is not a space in a sentence.
    if (!token.trim()) {
      flush();
      continue;
    }
    lastWasForeign = false;
    if (top?.quoted) currentQuoted = true;
    current += decode(token);
  }
  flush();
  return runs;
}
