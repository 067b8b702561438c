import type { Locale } from '../lib/i18n.ts';

/**
 * Country and territory names as a sentence needs them, where that differs from the name in a list: English takes
 * "the" before these ("Your device's time zone suggests the United States"). The names themselves come from CLDR
 * (src/lib/countries.ts); only the exceptions are written here. Covered places keep theirs in src/data/regions.ts.
 */
export const placeNamesInSentence: ReadonlyMap<string, Partial<Record<Locale, string>>> = new Map([
  ['AE', { en: 'the United Arab Emirates' }],
  ['BS', { en: 'the Bahamas' }],
  ['CF', { en: 'the Central African Republic' }],
  ['DO', { en: 'the Dominican Republic' }],
  ['FO', { en: 'the Faroe Islands' }],
  ['GM', { en: 'the Gambia' }],
  ['KY', { en: 'the Cayman Islands' }],
  ['MH', { en: 'the Marshall Islands' }],
  ['MV', { en: 'the Maldives' }],
  ['PH', { en: 'the Philippines' }],
  ['SB', { en: 'the Solomon Islands' }],
  ['US', { en: 'the United States' }],
  ['VA', { en: 'the Vatican' }],
]);

/**
 * Places where LinkedIn's own texts do not settle whether, or since when, it trains on members' data, so the checker
 * says that instead of guessing. Mainland China: no text the guide quotes (LinkedIn's help page, privacy policy,
 * European notice) addresses members there, and the press reports of "everywhere else" do not name it.
 */
export const unsettledPlaces: ReadonlySet<string> = new Set(['CN']);
