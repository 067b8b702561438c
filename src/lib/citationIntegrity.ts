/**
 * The rules every citation on the built site must follow, as one pure function so they can be tested on their own.
 * src/integrations/citationIntegrity.ts feeds it what the built pages cite and fails the build on any finding.
 */

export interface CitableSource {
  id: string;
  /** Set for a source that cannot be quoted: the only kind a bare source id may cite. */
  unquotable: boolean;
}

export interface CitationInventory {
  sources: readonly CitableSource[];
  /** Every passage id in the data ('<source id>#<slug>'). */
  passages: readonly string[];
  /** For each locale, every citation id its pages use. */
  cited: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Everything wrong with the site's citations, one sentence each; empty when all is well. */
export function citationProblems({ sources, passages, cited }: CitationInventory): string[] {
  const problems: string[] = [];
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const passageIds = new Set(passages);
  const citedAnywhere = new Set<string>();
  for (const ids of cited.values()) for (const id of ids) citedAnywhere.add(id);

  for (const id of [...citedAnywhere].sort()) {
    const [sourceId = '', slug] = id.split('#');
    const source = sourceById.get(sourceId);
    if (!source) problems.push(`"${id}" cites a source that does not exist`);
    else if (slug === undefined && !source.unquotable)
      problems.push(`"${id}" cites a source without naming the passage that supports the claim`);
    else if (slug !== undefined && !passageIds.has(id)) problems.push(`"${id}" names a passage that does not exist`);
  }

  const locales = [...cited.keys()];
  for (const id of [...citedAnywhere].sort()) {
    const missing = locales.filter((l) => !cited.get(l)?.has(id));
    if (missing.length)
      problems.push(`"${id}" is cited in ${locales.filter((l) => !missing.includes(l)).join(', ')} but not in ${missing.join(', ')}`);
  }

  for (const id of passages) if (!citedAnywhere.has(id)) problems.push(`passage "${id}" is cited nowhere`);
  for (const s of sources) {
    const used = [...citedAnywhere].some((id) => id === s.id || id.startsWith(`${s.id}#`));
    if (!used) problems.push(`source "${s.id}" is cited nowhere`);
  }
  return problems;
}
