import { getSource } from '../../data/sources.ts';
import { passages } from '../../data/passages.ts';
import type { Passage, Source } from '../../data/schema.ts';

const passageById = new Map(passages.map((p) => [p.id, p]));

/** What a citation id names: a source, and the passage of it that supports the sentence. */
export interface Citation {
  id: string;
  source: Source & { number: number };
  /** Absent only for a source that cannot be quoted (LinkedIn's settings page), cited as a place, not for a claim. */
  passage?: Passage;
}

/**
 * Resolves '<source id>#<slug>' (a passage) or a bare source id. Throws on an id that names nothing, so a typo in
 * MDX (whose props are not type-checked) fails the build. Whether a bare id is allowed is checked over the whole
 * built site by src/features/citations/integration.ts.
 */
export function resolveCitation(id: string): Citation {
  const [sourceId = '', slug] = id.split('#');
  const source = getSource(sourceId);
  if (slug === undefined) return { id, source };
  const passage = passageById.get(id);
  if (!passage) throw new Error(`Unknown passage "${id}": add it to src/data/passages.ts or cite one that exists`);
  return { id, source, passage };
}

/** The anchor of a citation's target on /sources/: the passage's own, or the source's for a bare id. */
export function citationAnchor(id: string): string {
  return id.replace('#', '--');
}

/** The passages of one source, in the order they are listed. */
export function passagesOf(sourceId: string): Passage[] {
  return passages.filter((p) => p.id.startsWith(`${sourceId}#`));
}
