/**
 * Landing from a search result (?highlight=…): marks the searched words in the main content. SearchDialog.astro
 * imports this only when the address carries that parameter, and importing it does the work.
 */
import { highlightTerms } from './searchQuery.ts';

function highlightSearchHits(main: HTMLElement, param: string | null): void {
  const terms = highlightTerms(param);
  if (!terms.length) return;
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(${escaped.join('|')})`, 'giu');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, [data-pagefind-ignore], .sr-only')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes.slice(0, 2000)) {
    const parts = node.data.split(pattern);
    if (parts.length < 2) continue;
    const frag = document.createDocumentFragment();
    parts.forEach((part, i) => {
      if (i % 2 === 1) {
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = part;
        frag.append(mark);
      } else if (part) frag.append(part);
    });
    node.replaceWith(frag);
  }
}

const main = document.querySelector('main');
if (main) highlightSearchHits(main, new URLSearchParams(location.search).get('highlight'));
