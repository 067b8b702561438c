/**
 * How every island gets its text: the server writes one JSON object into data-messages ({ name: text } in the page's
 * language, built by islandMessages() in src/lib/ui.ts); the browser reads it back with readMessages(), which never
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

/**
 * readMessages() for an island that declares its messages once, as { name: UI key }: the same object the server
 * gives islandMessages(), so the names cannot drift apart.
 */
export function readDeclaredMessages<N extends string>(
  element: { dataset: DOMStringMap },
  declared: Readonly<Record<N, string>>,
): Record<N, string> {
  return readMessages(element, Object.keys(declared) as N[]);
}
