/** A piece of a UI string: words to print as they are, or the name of a {placeholder} a component fills with markup. */
export type TemplatePart = { text: string } | { slot: string };

/**
 * Splits a UI string at its {placeholders}, so a component can put markup (a bold label, a number in <strong>) where
 * the string says, in the string's own order and with its own punctuation: nothing is joined in the component.
 * templateParts('Tap {label}.') → [{ text: 'Tap ' }, { slot: 'label' }, { text: '.' }].
 */
export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) parts.push({ text: template.slice(last, m.index) });
    parts.push({ slot: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}
