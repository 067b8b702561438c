/**
 * <guide-search>: the search box of SearchBox.astro, brought to life. Loaded on intent only: by the header's search
 * control or shortcut (SearchDialog.astro) and on /search/ itself, never on an ordinary page view.
 */
import {
  cleanQuery,
  excerptSegments,
  normalizeChineseDates,
  PAGEFIND_RANKING,
  SEARCH_MESSAGES,
  termsMatched,
  topSubResults,
} from '../lib/searchQuery.ts';
import { readMessages } from '../lib/islandMessages.ts';
import { fillTemplate as fill } from '../lib/fillTemplate.ts';
import { pluralForm } from '../lib/plural.ts';
import { plannedSearch, vocabulary, type Vocabulary, type VocabularyFile } from '../lib/searchPlan.ts';
import { vocabularyFile } from '../lib/searchVocabulary.ts';
import { defaultLocale, isLocale, type Locale } from '../lib/i18n.ts';

interface Fragment {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string; locations: number[]; weighted_locations: { balanced_score: number }[] }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  id: string;
  data(): Promise<Fragment>;
}

/** Results shown at first, and added by each "Show more": fewer fragments to fetch before the first results. */
const PAGE_SIZE = 5;

// One Pagefind per page, shared by every search box on it.
let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    // No web worker: the index is small enough that a query takes about a millisecond on the main thread,
    // and skipping the worker saves a 12 KB download before the first results.
    await pf.options({ baseUrl: base, excerptLength: 24, highlightParam: 'highlight', noWorker: true, ranking: PAGEFIND_RANKING });
    await pf.init();
    return pf;
  });
  return pagefind;
}

function excerptNode(excerpt: string, className: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  for (const seg of excerptSegments(excerpt)) {
    if (seg.marked) {
      const mark = document.createElement('mark');
      mark.textContent = seg.text;
      p.append(mark);
    } else p.append(seg.text);
  }
  return p;
}

// The guide's words in the page's language, for spelling and synonyms (src/lib/searchPlan.ts). Loaded beside Pagefind;
// if it cannot load, search still works on the reader's words as typed.
let words: Promise<Vocabulary | undefined> | undefined;
function loadVocabulary(bundle: string, locale: Locale): Promise<Vocabulary | undefined> {
  words ??= fetch(`${bundle}${vocabularyFile(locale)}`)
    .then(async (r) => (r.ok ? vocabulary((await r.json()) as VocabularyFile) : undefined))
    .catch(() => undefined);
  return words;
}

/** What the reader asked for: the cleaned query and the ticked sections. */
interface SearchState {
  query: string;
  truncated: boolean;
  sections: string[];
}

type Messages = Record<(typeof SEARCH_MESSAGES)[number], string>;

interface Answer {
  results: PagefindResult[];
  /** The words Pagefind searched for. */
  searched: string;
  /** What was searched, when it is not what the reader typed. */
  searchedFor?: string | undefined;
}

/** Pagefind's answer for a state, through the query plan when the vocabulary is there. */
async function searchFor(pf: Pagefind, vocab: Vocabulary | undefined, locale: Locale, state: SearchState): Promise<Answer | null> {
  const options = state.sections.length ? { filters: { section: { any: state.sections } } } : {};
  const search = async (q: string) => (await pf.search(q, options))?.results ?? null;
  if (!vocab) {
    const searched = normalizeChineseDates(state.query);
    const results = await search(searched);
    return results && { results, searched };
  }
  return plannedSearch(state.query, locale, vocab, { search, id: (r) => r.id });
}

/** One result: the page, its section, its excerpt, and up to three of its headings that match the searched words best. */
function resultItem(data: Fragment, moreLabel: string, terms: readonly string[]): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result rounded border border-line p-3';
  const a = document.createElement('a');
  a.href = data.url;
  a.className = 'font-semibold text-lg';
  a.textContent = data.meta.title ?? data.url;
  li.append(a);
  if (data.meta.section) {
    const tag = document.createElement('span');
    tag.className = 'ml-2 text-xs text-muted';
    tag.textContent = data.meta.section;
    li.append(tag);
  }
  li.append(excerptNode(data.excerpt, 'm-0 mt-1 text-sm'));
  const subs = topSubResults(data.url, data.sub_results, 3, (sub) => termsMatched(data.content, sub, terms));
  if (subs.length) {
    const ul = document.createElement('ul');
    ul.className = 'm-0 mt-2 pl-4 border-l-2 border-line flex flex-col gap-1';
    ul.setAttribute('aria-label', `${moreLabel}: ${a.textContent}`);
    for (const s of subs) {
      const sli = document.createElement('li');
      const sa = document.createElement('a');
      sa.href = s.url;
      sa.textContent = s.title;
      sli.append(sa, excerptNode(s.excerpt, 'm-0 text-sm text-muted'));
      ul.append(sli);
    }
    li.append(ul);
  }
  return li;
}

/** The status line a screen reader announces after a search: the count for what was searched, and what was typed. */
function statusText(msg: Messages, state: SearchState, answer: Answer, max: string): string {
  const total = answer.results.length;
  const q = answer.searchedFor ?? state.query;
  const parts = [
    total === 0
      ? fill(msg.none, { q })
      : fill(pluralForm(document.documentElement.lang, total) === 'one' ? msg['count.one'] : msg['count.many'], { n: total, q }),
  ];
  if (answer.searchedFor !== undefined) parts.push(fill(msg.searchedFor, { typed: state.query }));
  if (state.truncated) parts.push(fill(msg.truncated, { n: max }));
  return parts.join(' ');
}

class GuideSearch extends HTMLElement {
  #seq = 0;
  #debounce: number | undefined;

  connectedCallback() {
    const input = this.querySelector('input[type="search"]') as HTMLInputElement;
    const form = this.querySelector('form')!;
    const msg = readMessages(this, SEARCH_MESSAGES);
    const status = this.querySelector<HTMLElement>('[data-part="status"]')!;
    const list = this.querySelector<HTMLOListElement>('[data-part="results"]')!;
    const none = this.querySelector<HTMLElement>('[data-part="none"]')!;
    const showMore = this.querySelector<HTMLButtonElement>('[data-part="show-more"]')!;
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[name="section"]')];
    const bundle = this.dataset.bundle ?? '/pagefind/';
    const locale: Locale = isLocale(this.dataset.locale ?? '') ? (this.dataset.locale as Locale) : defaultLocale;
    const load = () => Promise.all([loadPagefind(bundle, this.dataset.base ?? '/'), loadVocabulary(bundle, locale)]);
    let pending: PagefindResult[] = [];

    if (this.dataset.dev !== undefined) return; // under `astro dev` there is no index; the page says so

    // Intent: focusing the box starts loading, so the first results come faster.
    input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });

    const readState = (): SearchState => ({
      ...cleanQuery(input.value),
      sections: boxes.filter((b) => b.checked).map((b) => b.value),
    });

    // On /search/ the address bar follows the query, so the page can be shared as it stands.
    const syncUrl = (state: SearchState) => {
      const url = new URL(location.href);
      if (state.query) url.searchParams.set('q', state.query);
      else url.searchParams.delete('q');
      url.searchParams.delete('section');
      for (const f of state.sections) url.searchParams.append('section', f);
      history.replaceState(null, '', url);
    };

    let terms: string[] = [];
    /** Adds the next results to the list; returns the first link added. */
    const showNext = async (seq: number): Promise<HTMLAnchorElement | undefined> => {
      const next = pending.slice(0, PAGE_SIZE);
      const data = await Promise.all(next.map((r) => r.data()));
      if (seq !== this.#seq) return undefined;
      pending = pending.slice(next.length);
      const items = data.map((d) => resultItem(d, msg.more, terms));
      list.append(...items);
      showMore.classList.toggle('hidden', pending.length === 0);
      return items[0]?.querySelector('a') ?? undefined;
    };

    const run = async () => {
      const seq = ++this.#seq;
      const state = readState();
      if (this.dataset.fromUrl !== undefined) syncUrl(state);
      none.classList.add('hidden');
      showMore.classList.add('hidden');
      pending = [];
      if (!state.query) {
        list.replaceChildren();
        status.textContent = msg.empty;
        return;
      }
      status.textContent = msg.loading;
      let answer;
      try {
        const [pf, vocab] = await load();
        answer = await searchFor(pf, vocab, locale, state);
        if (seq !== this.#seq || !answer) return; // a newer query has started
        list.replaceChildren();
        pending = answer.results;
        terms = answer.searched.split(' ');
        await showNext(seq);
      } catch {
        if (seq === this.#seq) status.textContent = msg.failed;
        return;
      }
      if (seq !== this.#seq) return;
      status.textContent = statusText(msg, state, answer, this.dataset.max ?? '');
      none.classList.toggle('hidden', answer.results.length !== 0);
    };

    showMore.addEventListener('click', () => {
      void showNext(this.#seq).then((first) => first?.focus());
    });

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      window.clearTimeout(this.#debounce);
      void run();
    });
    input.addEventListener('input', () => {
      window.clearTimeout(this.#debounce);
      this.#debounce = window.setTimeout(() => void run(), 150);
    });
    for (const b of boxes) b.addEventListener('change', () => void run());

    // Arrow keys move from the box through every result link and back; Enter follows the link as usual.
    this.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      const links = [...list.querySelectorAll('a')];
      if (links.length === 0) return;
      const current = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (document.activeElement !== input && current === -1) return;
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? current + 1 : current - 1;
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    });

    if (this.dataset.fromUrl !== undefined) {
      const params = new URLSearchParams(location.search);
      const q = params.get('q');
      const chosen = params.getAll('section');
      for (const b of boxes) b.checked = chosen.includes(b.value);
      if (q !== null) {
        input.value = q.slice(0, 5000);
        void run();
      }
    } else if (input.value) {
      // The dialog opens before this module arrives; whatever the reader typed meanwhile is searched now.
      void run();
    }
  }
}
customElements.define('guide-search', GuideSearch);
