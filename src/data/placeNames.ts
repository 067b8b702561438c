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
 * Names as Hong Kong writes them, where the CLDR data behind the list (src/lib/countries.ts) gives another form,
 * mostly Taiwan's (帛琉, 吉里巴斯, 突尼西亞), or a long official one (中國澳門特別行政區). The CLDR name stays an alias,
 * so a reader who types it still finds the place. Compound names join with 及 and brackets are full-width everywhere,
 * by rule (src/lib/countries.ts), so they are not listed here.
 */
export const placeNameOverrides: ReadonlyMap<string, Partial<Record<Locale, string>>> = new Map([
  ['AI', { 'zh-hk': '安圭拉' }],
  ['CD', { 'zh-hk': '剛果（金沙薩）' }],
  ['CG', { 'zh-hk': '剛果（布拉柴維爾）' }],
  ['KI', { 'zh-hk': '基里巴斯' }],
  ['MO', { 'zh-hk': '澳門' }],
  ['PM', { 'zh-hk': '聖皮埃爾及密克隆群島' }],
  ['PS', { 'zh-hk': '巴勒斯坦' }],
  ['PW', { 'zh-hk': '帕勞' }],
  ['TN', { 'zh-hk': '突尼斯' }],
]);

/**
 * Places where LinkedIn's own texts do not settle whether, or since when, it trains on members' data, so the checker
 * says that instead of guessing. Mainland China: no text the guide quotes (LinkedIn's help page, privacy policy,
 * European notice) addresses members there, and the press reports of "everywhere else" do not name it.
 */
export const unsettledPlaces: ReadonlySet<string> = new Set(['CN']);
