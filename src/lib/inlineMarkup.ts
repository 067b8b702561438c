import { defaultLocale, type Locale } from './i18n.ts';
import { linkedinLabelLangOn, resolveLinkedIn } from './linkedinPlaceholders.ts';
import { onceForms } from './onceAPage.ts';
import { linkedinLabelMeanings, linkedinLabels, type LinkedInLabelName } from '../data/linkedin.ts';
import { mentionHtml } from './pageMentions.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;
/** `{en:Use my data…}`: English words inside Chinese text (LinkedIn's on-screen labels), marked lang="en". */
const ENGLISH = /\{en:([^}]+)\}/g;

/** `{once:euNotice}`: a name said in full at its first mention on the page, short after (src/lib/onceAPage.ts). */
const ONCE = /\{once:([\w.]+)\}/g;

function renderLangSpans(escaped: string, locale: Locale): string {
  return escaped.replace(ENGLISH, '<span lang="en">$1</span>').replace(ONCE, (_, key: string) => {
    const { first, later } = onceForms(key, locale);
    return mentionHtml(key, renderLangSpans(escapeHtml(first), locale), renderLangSpans(escapeHtml(later), locale));
  });
}

/**
 * Turns data text with `[label](href)` links, `{en:…}` English phrases and `{linkedin:…}` placeholders
 * (src/lib/linkedinPlaceholders.ts) into safe HTML: everything else is escaped. `resolve` maps a site path
 * ('/opt-out/') to its URL for the current locale and base; `locale` is the page's, so LinkedIn's labels get
 * lang="en" on pages not in English.
 */
export function renderInline(source: string, resolve: (path: string) => string, locale: Locale = defaultLocale): string {
  const text = resolveLinkedIn(source, { markLabels: linkedinLabelLangOn(locale) !== undefined, locale });
  let html = '';
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    const [whole, label = '', href = ''] = m;
    html += renderLangSpans(escapeHtml(text.slice(last, m.index)), locale);
    const external = /^https?:\/\//.test(href);
    const target = external ? href : resolve(href);
    html += external
      ? `<a href="${escapeHtml(target)}" rel="noopener noreferrer">${renderLangSpans(escapeHtml(label), locale)}</a>`
      : `<a href="${escapeHtml(target)}">${renderLangSpans(escapeHtml(label), locale)}</a>`;
    last = (m.index ?? 0) + whole.length;
  }
  return html + renderLangSpans(escapeHtml(text.slice(last)), locale);
}

/**
 * The same text without markup, for JSON-LD, meta descriptions, share cards and the feed: links keep their label. The
 * text stands alone, so a `{once:…}` name is given in full at its first mention in it, and a LinkedIn label on a page
 * in another language keeps its noun and, the first time, its meaning (Data Processing Objection表格（資料處理反對表格）).
 */
export function plainText(text: string, locale: Locale = defaultLocale): string {
  const said = new Set<string>();
  return resolveLinkedIn(text, { markLabels: linkedinLabelLangOn(locale) !== undefined, locale })
    .replace(ONCE, (_, key: string) => {
      const { first, later } = onceForms(key, locale);
      const form = said.has(key) ? later : first;
      said.add(key);
      return form;
    })
    .replace(LINK, '$1')
    .replace(ENGLISH, '$1');
}

/**
 * Splits Chinese text into runs, marking those in Latin script (a name, a setting's English label, "(a)"), so a page
 * can give them lang="en" and a screen reader says them in English.
 */
export function latinRuns(text: string): { text: string; latin: boolean }[] {
  const out: { text: string; latin: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(/[A-Za-z](?:[A-Za-z0-9 ’'.&-]*[A-Za-z0-9])?/g)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), latin: false });
    out.push({ text: m[0], latin: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), latin: false });
  return out;
}

/**
 * A gloss of a source's passage (plain text, written by hand) as HTML for a page in another language: its Latin words
 * marked lang="en", and a LinkedIn label written with its meaning (`Data sharing（資料分享）`) explained at its first
 * mention on the page only, like every other label (src/lib/pageMentions.ts).
 */
export function glossHtml(text: string, locale: Locale): string {
  const meanings = (linkedinLabelMeanings as Partial<Record<Locale, Record<LinkedInLabelName, string>>>)[locale] ?? {};
  const written = Object.entries(meanings).map(([name, meaning]) => ({
    name,
    written: `${linkedinLabels[name as LinkedInLabelName]}（${meaning}）`,
  }));
  const latin = (part: string) =>
    latinRuns(part)
      .map((run) => (run.latin ? `<span lang="en">${escapeHtml(run.text)}</span>` : escapeHtml(run.text)))
      .join('');
  let html = '';
  let rest = text;
  for (;;) {
    const next = written
      .map((w) => ({ ...w, at: rest.indexOf(w.written) }))
      .filter((w) => w.at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    if (!next) return html + latin(rest);
    html += latin(rest.slice(0, next.at)) + renderInline(`{linkedin:${next.name}}`, (path) => path, locale);
    rest = rest.slice(next.at + next.written.length);
  }
}
