/**
 * Words a page says in full only the first time: a LinkedIn label's meaning in brackets, the English title after
 * 《歐洲地區私隱通知》, the full attribution to the press. Components and data cannot know whether they come first on a
 * page (Astro renders siblings in parallel), so they write both forms between markers, and the finished page is
 * settled in document order by `settleMentions` (run on every page by src/middleware.ts):
 *
 *   <page-mention data-key="label.aiToggle"><mention-first>（…）</mention-first><mention-later></mention-later></page-mention>
 *
 * A name that is written the same way everywhere (《歐洲地區私隱通知》) needs no markers: `settleMentions` finds it in
 * the page's text and gives its first mention the full form.
 *
 * The first mention of a key keeps its first form, every later one its later form. Content a reader sees on its own
 * (one platform's tab, the printed steps) sits between <mention-scope> markers: it starts from what the page has said
 * before it, and what it says does not count for the rest of the page. An island's <template> and a fresh scope (an
 * entry of the updates list, whose "the reports above" would point at the entry's own words) start afresh.
 */
const MENTION_TAG = 'page-mention';
const SCOPE_TAG = 'mention-scope';

export function mentionHtml(key: string, firstHtml: string, laterHtml: string): string {
  if (!/^[\w.-]+$/.test(key)) throw new Error(`A mention key is a word: "${key}"`);
  return `<${MENTION_TAG} data-key="${key}"><mention-first>${firstHtml}</mention-first><mention-later>${laterHtml}</mention-later></${MENTION_TAG}>`;
}

export const mentionScopeStart = `<${SCOPE_TAG}>`;
export const mentionScopeEnd = `</${SCOPE_TAG}>`;
/** A scope read on its own from its start (an entry of the updates list): it says everything in full afresh. */
export const freshScopeStart = `<${SCOPE_TAG} data-fresh>`;
/**
 * A scope a reader follows step by step on its own (one platform's tab): it explains LinkedIn's labels again, since
 * that is where a reader with LinkedIn in Chinese looks for them, and takes the page's other names as said.
 */
export const labelsScopeStart = `<${SCOPE_TAG} data-labels>`;
const LABEL_KEY = /^label\./;

/** A name settled where it is written plainly in the page's text (in data, MDX and glosses alike): `text` is how it is
 * written, `firstHtml` what its first mention on the page becomes. */
export interface WrittenName {
  key: string;
  text: string;
  firstHtml: string;
  /** Completed once a page, only in its prose: after its h1, outside headings, navigation, links and quotations. A name that is also the site's
   * own (領英 in the header, the h1, a FAQ question) is explained where a reader first meets it in a sentence, and a
   * quotation keeps its source's words. */
  inProse?: boolean;
}

const TOKEN = new RegExp(
  [
    `<${MENTION_TAG} data-key="([\\w.-]+)"><mention-first>([\\s\\S]*?)</mention-first><mention-later>([\\s\\S]*?)</mention-later></${MENTION_TAG}>`,
    `<${SCOPE_TAG}>`,
    `<${SCOPE_TAG} data-fresh>`,
    `<${SCOPE_TAG} data-labels>`,
    `</${SCOPE_TAG}>`,
    // Text no reader sees as the page's prose: the head, scripts (JSON-LD included), styles, templates.
    '<head[\\s>][\\s\\S]*?</head>',
    '<(script|style|template|textarea)[\\s>]([\\s\\S]*?)</\\4>',
    '<[^>]*>',
    '[^<]+',
  ].join('|'),
  'g',
);

/** The page with each mention in the form its place calls for, and no markers left. */
export function settleMentions(html: string, written: readonly WrittenName[] = []): string {
  const writtenHere = written.filter((w) => html.includes(w.text));
  if (!html.includes(MENTION_TAG) && !html.includes(SCOPE_TAG) && writtenHere.length === 0) return html;
  const out = settle(html, [new Set()], writtenHere);
  if (out.includes(`<${MENTION_TAG}`)) throw new Error(`A <${MENTION_TAG}> the page could not settle`);
  return out;
}

// Not prose: headings, quotations, navigation, a link's label (a page title in a list, a button), and a form field's
// label, which is its accessible name: a reader's tools find the field by the words of the interface.
const NOT_PROSE = /^<(\/?)(h[1-6]|blockquote|q|nav|a|label)[\s>]/;

function settle(html: string, said: Set<string>[], written: readonly WrittenName[]): string {
  const depth = said.length;
  let pastTitle = false;
  let notProse = 0;
  // A name kept to prose is explained once a page: a scope read on its own (one update) does not explain it again.
  const saidInProse = new Set<string>();
  const firstTime = (key: string) => {
    const current = said.at(-1)!;
    if (current.has(key)) return false;
    current.add(key);
    return true;
  };
  const track = (tagHtml: string) => {
    const tag = NOT_PROSE.exec(tagHtml);
    if (!tag) return;
    notProse = Math.max(0, notProse + (tag[1] ? -1 : 1));
    if (tag[1] && tag[2] === 'h1') pastTitle = true;
  };
  const complete = (text: string) => {
    const inProse = pastTitle && notProse === 0;
    for (const name of written) {
      if (name.inProse && !inProse) continue;
      const at = text.indexOf(name.text);
      if (at < 0) continue;
      if (name.inProse ? saidInProse.has(name.key) : !firstTime(name.key)) continue;
      if (name.inProse) saidInProse.add(name.key);
      // A name its writer already followed by a bracket (an authority's contact line with its own name) is said in full.
      if (text.startsWith('（', at + name.text.length)) continue;
      text = text.slice(0, at) + name.firstHtml + text.slice(at + name.text.length);
    }
    return text;
  };
  const out = html.replace(TOKEN, (whole, key: string | undefined, first: string, later: string, _tag, inside: string | undefined) => {
    if (key !== undefined) {
      const chosen = firstTime(key) ? first : later;
      // A mention's own words (the press attribution names 領英) are part of the page's text.
      return written.length === 0
        ? chosen
        : chosen.replace(/<[^>]*>|[^<]+/g, (part) => (part.startsWith('<') ? (track(part), part) : complete(part)));
    }
    if (whole === mentionScopeStart || whole === freshScopeStart || whole === labelsScopeStart) {
      const before = [...said.at(-1)!];
      said.push(
        new Set(whole === freshScopeStart ? [] : whole === labelsScopeStart ? before.filter((key) => !LABEL_KEY.test(key)) : before),
      );
      return '';
    }
    if (whole === mentionScopeEnd) {
      if (said.length === depth) throw new Error('</mention-scope> without its start');
      said.pop();
      return '';
    }
    // An island's template is an answer shown on its own, often brought into view before the rest is read (?region=):
    // it explains its names afresh, and what it says does not count for the page.
    if (inside !== undefined && whole.startsWith('<template') && whole.includes(`<${MENTION_TAG}`)) {
      const end = whole.length - '</template>'.length;
      return whole.slice(0, end - inside.length) + settle(inside, [new Set()], []) + whole.slice(end);
    }
    if (whole.startsWith('<')) {
      track(whole);
      return whole;
    }
    return written.length === 0 ? whole : complete(whole);
  });
  if (said.length !== depth) throw new Error('<mention-scope> without its end');
  return out;
}
