import type { Citation } from './citations.ts';

/**
 * The citations one page renders, gathered as it renders, so the list at its foot is exactly what it cites. Keyed by
 * the render's `Astro.locals`, which every component of one page shares and no other page sees.
 */
const cited = new WeakMap<object, Citation[]>();

export function recordCitations(render: object, citations: readonly Citation[]): void {
  const list = cited.get(render) ?? [];
  list.push(...citations);
  cited.set(render, list);
}

/** What the page has cited so far: render its content first (`await Astro.slots.render('default')`), then ask. */
export function citationsOf(render: object): readonly Citation[] {
  return cited.get(render) ?? [];
}
