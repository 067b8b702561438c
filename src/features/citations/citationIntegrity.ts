/**
 * The rules every citation on the built site must follow, as one pure function so they can be tested on their own.
 * src/features/citations/integration.ts feeds it what the built pages cite and fails the build on any finding.
 */

export interface CitableSource {
  id: string;
  /** Set for a source that cannot be quoted: the only kind a bare source id may cite. */
  unquotable: boolean;
}

export interface CitationInventory {
  sources: readonly CitableSource[];
  /** Every passage in the data: its id ('<source id>#<slug>') and the same words in another language's text, if any. */
  passages: readonly { id: string; counterpart?: string | undefined }[];
  /** For each locale, every citation id its pages use. */
  cited: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Everything wrong with the site's citations, one sentence each; empty when all is well. */
export function citationProblems({ sources, passages, cited }: CitationInventory): string[] {
  const problems: string[] = [];
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const passageIds = new Set(passages.map((p) => p.id));
  // A passage and its counterpart in another language's official text are one citation: Chinese pages quote the PCPD's
  // Chinese statement where English pages quote its English one.
  const pairOf = new Map<string, string>();
  for (const p of passages)
    if (p.counterpart) {
      pairOf.set(p.id, p.counterpart);
      pairOf.set(p.counterpart, p.id);
    }
  for (const p of passages)
    if (p.counterpart && !passageIds.has(p.counterpart))
      problems.push(`passage "${p.id}" names a counterpart "${p.counterpart}" that does not exist`);
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
    const pair = pairOf.get(id);
    const missing = locales.filter((l) => !cited.get(l)?.has(id) && !(pair && cited.get(l)?.has(pair)));
    if (missing.length)
      problems.push(`"${id}" is cited in ${locales.filter((l) => !missing.includes(l)).join(', ')} but not in ${missing.join(', ')}`);
  }

  for (const { id } of passages) if (!citedAnywhere.has(id)) problems.push(`passage "${id}" is cited nowhere`);
  for (const s of sources) {
    const used = [...citedAnywhere].some((id) => id === s.id || id.startsWith(`${s.id}#`));
    if (!used) problems.push(`source "${s.id}" is cited nowhere`);
  }
  return problems;
}
