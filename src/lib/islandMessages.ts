/**
 * How every island gets its text: the server writes one JSON object into data-messages ({ name: text } in the page's
 * language, built by islandMessages() in src/data/ui.ts); the browser reads it back with readMessages(), which never
 * throws and always answers a string for every name the island asks for.
 */
export function readMessages<N extends string>(element: { dataset: DOMStringMap }, names: readonly N[]): Record<N, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(element.dataset.messages ?? '{}');
  } catch {
    parsed = {};
  }
  const record = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  const out = {} as Record<N, string>;
  for (const name of names) {
    const value = Object.hasOwn(record, name) ? record[name] : undefined;
    out[name] = typeof value === 'string' ? value : '';
  }
  return out;
}
