/**
 * <guide-search>: the search box of SearchBox.astro, brought to life. Loaded on intent only: by the header's search
 * control or shortcut (SearchDialog.astro) and on /search/ itself, never on an ordinary page view.
 */
import { cleanQuery, passageExcerpt, SEARCH_MESSAGES } from './searchQuery.ts';
import { readDeclaredMessages } from '../../lib/islandMessages.ts';
import { fillTemplate as fill } from '../../lib/fillTemplate.ts';
import { pluralForm } from '../../lib/plural.ts';
import { loadIndex, normalizeForSearch, type FieldIndex, type FieldIndexFile } from './rank.ts';
import { fieldIndexFile } from './fieldIndex.ts';
import { searchGuide, type FoundPage } from './search.ts';
import { afterOtherNames, excerptMatcher, sectionsOf, type Section } from './show.ts';
import { defaultLocale, isLocale, type Locale } from '../../lib/i18n.ts';

interface Fragment {
  url: string;
  /** The indexed text as Pagefind split it, with zero-width spaces between Chinese words (`content` drops them). */
  raw_content?: string;
  content: string;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text: string; location: number }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  id: string;
  /** Where the searched word is in the page's text: none when Pagefind found it in the metadata alone. */
  words: number[];
  data(): Promise<Fragment>;
}

/** Results shown at first, and added by each "Show more": fewer fragments to fetch before the first results. */
const PAGE_SIZE = 5;
/** Sections listed under a result, besides the one it leads with. */
const MORE_SECTIONS = 3;

// One Pagefind per page, shared by every search box on it.
let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    // No web worker: the index is small enough that a query takes about a millisecond on the main thread,
    // and skipping the worker saves a 12 KB download before the first results.
    await pf.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    await pf.init();
    return pf;
  });
  return pagefind;
}

function textNode(segments: { text: string; marked: boolean }[], className: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  for (const seg of segments) {
    if (seg.marked) {
      const mark = document.createElement('mark');
      mark.textContent = seg.text;
      p.append(mark);
    } else p.append(seg.text);
  }
  return p;
}

// The field index search ranks with (rank.ts), loaded beside Pagefind.
let fields: Promise<FieldIndex> | undefined;
function loadFields(bundle: string, locale: Locale): Promise<FieldIndex> {
  fields ??= fetch(`${bundle}${fieldIndexFile(locale)}`).then(async (r) => {
    if (!r.ok) throw new Error(`search index: ${r.status}`);
    return loadIndex((await r.json()) as FieldIndexFile);
  });
  return fields;
}

/** What the reader asked for: the cleaned query and the ticked sections. */
interface SearchState {
  query: string;
  truncated: boolean;
  sections: string[];
}

type Messages = Record<keyof typeof SEARCH_MESSAGES, string>;

interface Answer {
  pages: FoundPage<PagefindResult>[];
  terms: string[];
  /** What was searched, when it is more than what the reader typed. */
  searchedFor?: string | undefined;
}

// Every page's result, by the sections ticked: a search by filter alone, kept for the next query.
const everyPage = new Map<string, Promise<PagefindResult[] | null>>();

/** What a result is drawn from: its page's fragment, cut into words and sections. */
interface PageView {
  page: string;
  meta: Record<string, string>;
  words: string[];
  sections: Map<string, Section>;
}
// By Pagefind id, for every later query too: the pages are few and repeat from query to query, and Pagefind's data()
// rebuilds an excerpt and sub-results of the whole page on each call, which results here never show.
const views = new Map<string, Promise<PageView>>();
function viewOf(result: PagefindResult): Promise<PageView> {
  let view = views.get(result.id);
  if (!view) {
    view = result.data().then((data) => {
      // raw_content keeps the zero-width spaces between Chinese words; Pagefind escapes < and > in it, and the passage
      // is drawn as text.
      const text = (data.raw_content ?? data.content).replaceAll('&lt;', '<').replaceAll('&gt;', '>');
      return {
        page: data.url.replace(/[?#].*$/, ''),
        meta: data.meta,
        words: text.split(/[\s\u200b]+/),
        sections: sectionsOf(text, data.anchors),
      };
    });
    views.set(result.id, view);
  }
  return view;
}

async function searchFor(pf: Pagefind, index: FieldIndex, locale: Locale, state: SearchState, sections: string[]): Promise<Answer | null> {
  const filters = { section: { any: state.sections.length ? state.sections : sections } };
  const key = filters.section.any.join(' ');
  const found = await searchGuide(state.query, locale, index, {
    search: async (word) => (await pf.search(word, state.sections.length ? { filters } : {}))?.results ?? null,
    all: () =>
      everyPage.get(key) ??
      everyPage
        .set(
          key,
          pf.search(null, { filters }).then((r) => r?.results ?? null),
        )
        .get(key)!,
    id: (r) => r.id,
    // Only a page found by its metadata alone is fetched for its names (a fragment each); one found in its text is not.
    names: (r) =>
      r.words.length > 0 ? Promise.resolve('') : viewOf(r).then(({ meta }) => [meta.names, meta.textNames].filter(Boolean).join(' · ')),
  });
  if (!found) return null;
  const searchedFor = found.added.length ? [normalizeForSearch(state.query), ...found.added].join(' ') : undefined;
  return { pages: found.pages, terms: found.terms, searchedFor };
}

/**
 * One result. When its best match is a question (a FAQ answer), the question leads and links to the answer; otherwise
 * the page's title. Then a passage of the best match, and up to three more of the page's sections that matched.
 */
function resultItem(
  view: PageView,
  found: FoundPage<PagefindResult>,
  query: string,
  matches: (word: string) => boolean,
  moreLabel: string,
): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result rounded border border-line p-3 [@media(max-height:600px)]:p-2';
  const { page, meta, words, sections } = view;
  const highlight = `?highlight=${encodeURIComponent(query)}`;
  const [best = '', ...rest] = found.anchors;
  const lead = sections.get(best) ?? sections.get('')!;
  // The part before the first heading has none, so only a section led by a question is one.
  const question = /[?？]\s*$/.test(lead.heading);
  const a = document.createElement('a');
  a.href = question ? `${page}${highlight}#${best}` : `${page}${highlight}`;
  a.className = 'font-semibold text-lg [@media(max-height:600px)]:text-base';
  a.textContent = question ? lead.heading : (meta.title ?? page);
  li.append(a);
  const context = question ? meta.title : meta.section;
  if (context) {
    const tag = document.createElement('span');
    tag.className = 'ml-2 text-xs text-muted [@media(max-height:600px)]:hidden';
    tag.textContent = context;
    li.append(tag);
  }
  const shown = passageExcerpt(words, afterOtherNames(words, lead.from, meta.textNames), lead.to, matches);
  // With a phone's keyboard up the screen is short: titles only, so that several show.
  li.append(textNode(shown, 'm-0 mt-1 text-sm [@media(max-height:600px)]:hidden'));
  const subs = (question ? rest : found.anchors).filter((anchor) => anchor !== '' && sections.get(anchor)?.heading).slice(0, MORE_SECTIONS);
  if (subs.length) {
    const ul = document.createElement('ul');
    ul.className = 'm-0 mt-2 pl-4 border-l-2 border-line flex flex-col gap-1 [@media(max-height:600px)]:hidden';
    ul.setAttribute('aria-label', `${moreLabel}: ${a.textContent}`);
    for (const anchor of subs) {
      const section = sections.get(anchor)!;
      const sli = document.createElement('li');
      const sa = document.createElement('a');
      sa.href = `${page}${highlight}#${anchor}`;
      sa.textContent = section.heading;
      sli.append(sa, textNode(passageExcerpt(words, section.from, section.to, matches, 16), 'm-0 text-sm text-muted'));
      ul.append(sli);
    }
    li.append(ul);
  }
  return li;
}

/** The status line a screen reader announces after a search: the count for what was searched, and what was typed. */
function statusText(msg: Messages, state: SearchState, answer: Answer, max: string): string {
  const total = answer.pages.length;
  const q = answer.searchedFor ?? state.query;
  const parts = [
    total === 0
      ? fill(msg.none, { q })
      : fill(pluralForm(document.documentElement.lang, total) === 'one' ? msg['count.one'] : msg['count.many'], { n: total, q }),
  ];
  if (answer.searchedFor !== undefined) parts.push(fill(msg.searchedFor, { typed: state.query }));
  if (state.truncated) parts.push(fill(msg.truncated, { n: max }));
  return parts.join(msg.betweenSentences);
}

class GuideSearch extends HTMLElement {
  #seq = 0;
  #debounce: number | undefined;

  connectedCallback() {
    const input = this.querySelector('input[type="search"]') as HTMLInputElement;
    const form = this.querySelector('form')!;
    const msg = readDeclaredMessages(this, SEARCH_MESSAGES);
    const status = this.querySelector<HTMLElement>('[data-part="status"]')!;
    const list = this.querySelector<HTMLOListElement>('[data-part="results"]')!;
    const none = this.querySelector<HTMLElement>('[data-part="none"]')!;
    const showMore = this.querySelector<HTMLButtonElement>('[data-part="show-more"]')!;
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[name="section"]')];
    const bundle = this.dataset.bundle ?? '/pagefind/';
    const locale: Locale = isLocale(this.dataset.locale ?? '') ? (this.dataset.locale as Locale) : defaultLocale;
    const load = () => Promise.all([loadPagefind(bundle, this.dataset.base ?? '/'), loadFields(bundle, locale)]);
    const allSections = boxes.map((b) => b.value);
    let pending: FoundPage<PagefindResult>[] = [];
    let shownQuery = '';

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

    // One matcher a query, shared by its results: the pages repeat most of each other's words.
    let matches: (word: string) => boolean = () => false;
    /** Adds the next results to the list; returns the first link added. */
    const showNext = async (seq: number): Promise<HTMLAnchorElement | undefined> => {
      const next = pending.slice(0, PAGE_SIZE);
      const shownViews = await Promise.all(next.map((r) => viewOf(r.result)));
      if (seq !== this.#seq) return undefined;
      pending = pending.slice(next.length);
      const items = shownViews.map((v, i) => resultItem(v, next[i]!, shownQuery, matches, msg.more));
      list.append(...items);
      showMore.classList.toggle('hidden', pending.length === 0);
      return items[0]?.querySelector('a') ?? undefined;
    };

    const run = async () => {
      const seq = ++this.#seq;
      const state = readState();
      // The address follows once the answer is drawn: the reader waits for the results, not for the history entry.
      const follow = () => {
        if (this.dataset.fromUrl !== undefined && seq === this.#seq) syncUrl(state);
      };
      none.classList.add('hidden');
      showMore.classList.add('hidden');
      pending = [];
      if (!state.query) {
        list.replaceChildren();
        status.textContent = msg.empty;
        follow();
        return;
      }
      status.textContent = msg.loading;
      let answer;
      try {
        const [pf, index] = await load();
        answer = await searchFor(pf, index, locale, state, allSections);
        if (seq !== this.#seq || !answer) return; // a newer query has started
        list.replaceChildren();
        pending = answer.pages;
        matches = excerptMatcher(answer.terms);
        shownQuery = state.query;
        await showNext(seq);
      } catch {
        if (seq === this.#seq) status.textContent = msg.failed;
        follow();
        return;
      }
      if (seq !== this.#seq) return;
      status.textContent = statusText(msg, state, answer, this.dataset.max ?? '');
      none.classList.toggle('hidden', answer.pages.length !== 0);
      follow();
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
