import { defaultLocale, type Locale } from './i18n.ts';
import { linkedinLabelLangOn, resolveLinkedIn } from './linkedinPlaceholders.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;
/** `{en:Use my data…}`: English words inside Chinese text (LinkedIn's on-screen labels), marked lang="en". */
const ENGLISH = /\{en:([^}]+)\}/g;

function renderLangSpans(escaped: string): string {
  return escaped.replace(ENGLISH, '<span lang="en">$1</span>');
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
    html += renderLangSpans(escapeHtml(text.slice(last, m.index)));
    const external = /^https?:\/\//.test(href);
    const target = external ? href : resolve(href);
    html += external
      ? `<a href="${escapeHtml(target)}" rel="noopener noreferrer">${renderLangSpans(escapeHtml(label))}</a>`
      : `<a href="${escapeHtml(target)}">${renderLangSpans(escapeHtml(label))}</a>`;
    last = (m.index ?? 0) + whole.length;
  }
  return html + renderLangSpans(escapeHtml(text.slice(last)));
}

/** The same text without markup, for JSON-LD and meta descriptions: links keep their label. */
export function plainText(text: string): string {
  return resolveLinkedIn(text, { markLabels: false }).replace(LINK, '$1').replace(ENGLISH, '$1');
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
