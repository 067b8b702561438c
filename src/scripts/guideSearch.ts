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
  topSubResults,
} from '../lib/searchQuery.ts';
import { readMessages } from '../lib/islandMessages.ts';
import { fillTemplate as fill } from '../lib/fillTemplate.ts';
import { pluralForm } from '../lib/plural.ts';

interface Fragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string; weighted_locations: { balanced_score: number }[] }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: { id: string; data(): Promise<Fragment> }[] } | null>;
}

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

/** What the reader asked for: the cleaned query and the ticked sections. */
interface SearchState {
  query: string;
  truncated: boolean;
  sections: string[];
}

type Messages = Record<(typeof SEARCH_MESSAGES)[number], string>;

/** Pagefind's answer for a state: the first ten results' data and the total. */
async function searchFor(pf: Pagefind, state: SearchState): Promise<{ top: Fragment[]; total: number } | null> {
  const options = state.sections.length ? { filters: { section: { any: state.sections } } } : {};
  const found = await pf.search(normalizeChineseDates(state.query), options);
  if (!found) return null; // Pagefind answers null when a newer search has replaced this one
  return { top: await Promise.all(found.results.slice(0, 10).map((r) => r.data())), total: found.results.length };
}

/** One result: the page, its section, its excerpt, and up to three of its best-matching headings. */
function resultItem(data: Fragment, moreLabel: string): HTMLLIElement {
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
  const subs = topSubResults(data.url, data.sub_results);
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

/** The status line a screen reader announces after a search. */
function statusText(msg: Messages, state: SearchState, total: number, max: string): string {
  const parts = [
    total === 0
      ? fill(msg.none, { q: state.query })
      : fill(pluralForm(document.documentElement.lang, total) === 'one' ? msg['count.one'] : msg['count.many'], {
          n: total,
          q: state.query,
        }),
  ];
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
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[name="section"]')];
    const load = () => loadPagefind(this.dataset.bundle ?? '/pagefind/', this.dataset.base ?? '/');

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

    const run = async () => {
      const seq = ++this.#seq;
      const state = readState();
      if (this.dataset.fromUrl !== undefined) syncUrl(state);
      none.classList.add('hidden');
      if (!state.query) {
        list.replaceChildren();
        status.textContent = msg.empty;
        return;
      }
      status.textContent = msg.loading;
      let answer;
      try {
        answer = await searchFor(await load(), state);
      } catch {
        if (seq === this.#seq) status.textContent = msg.failed;
        return;
      }
      if (seq !== this.#seq || !answer) return; // a newer query has started
      list.replaceChildren(...answer.top.map((data) => resultItem(data, msg.more)));
      status.textContent = statusText(msg, state, answer.total, this.dataset.max ?? '');
      none.classList.toggle('hidden', answer.total !== 0);
    };

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
