import type { Locale } from '../data/locales.ts';
import { ui, type UiKey } from '../data/ui.ts';
import { fillTemplate } from './fillTemplate.ts';

export type { UiKey };

/**
 * The text an island needs, as the JSON for its data-messages attribute: { name: text } in the page's language,
 * placeholders left for the island to fill. The island reads it with readMessages() (src/lib/islandMessages.ts).
 */
export function islandMessages(locale: Locale, keys: Record<string, UiKey>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, ui[locale][key]])));
}

/** Looks up a UI string and fills its {placeholders}. */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return fillTemplate(ui[locale][key], vars);
}
