/**
 * Fills {placeholders} in a UI string: fillTemplate('{n} days', { n: 3 }) → '3 days'. Unknown placeholders stay
 * as they are. Shared by the build (ui.ts) and the islands, which read their strings from the page.
 */
export function fillTemplate(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
