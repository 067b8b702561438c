import { onceAPageTerms, type OnceAPageTerm } from '../data/chineseStyle.ts';
import { linkedinLabels, type LinkedInLabelName } from '../data/linkedin.ts';
import type { Locale } from './i18n.ts';
import { labelMeaning } from './linkedinPlaceholders.ts';

/**
 * What `{once:key}` says at a page's first mention and after, as inline markup: `label.<name>` is a LinkedIn label's
 * meaning in brackets (nothing after the first), any other key a term of src/data/chineseStyle.ts.
 */
export function onceForms(key: string, locale: Locale): { first: string; later: string } {
  if (key.startsWith('label.')) {
    const name = key.slice('label.'.length);
    if (!(name in linkedinLabels)) throw new Error(`{once:${key}}: no such LinkedIn label`);
    return { first: labelMeaning(name as LinkedInLabelName, locale), later: '' };
  }
  if (!(key in onceAPageTerms)) {
    throw new Error(`{once:${key}}: not a term of onceAPageTerms (${Object.keys(onceAPageTerms).join(', ')})`);
  }
  return onceAPageTerms[key as OnceAPageTerm];
}
