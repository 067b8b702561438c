/**
 * The plural form of a count in a language, as the guide's messages have them: 'one' or 'other' (English has both,
 * Chinese only 'other'). A language with more forms (few, many) falls back to 'other' until the guide speaks one.
 */
export function pluralForm(locale: string, n: number): 'one' | 'other' {
  return new Intl.PluralRules(locale).select(n) === 'one' ? 'one' : 'other';
}
