import { localeRecords, type Locale } from '../data/locales.ts';

const collators = new Map<Locale, Intl.Collator>();

/**
 * The one order for lists of places on every page (the checker, the region index, the search page's list, the
 * "everywhere else" list): the reader's language's own, which for Hong Kong Chinese is by stroke count (丹麥, 加拿大,
 * 冰島…), as the Hong Kong government lists places.
 */
export function comparePlaceNames(locale: Locale): (a: string, b: string) => number {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(localeRecords[locale].intlLocale);
    collators.set(locale, collator);
  }
  return collator.compare;
}

/** `items` in that order, by the name `nameOf` gives each in `locale`. */
export function sortByPlaceName<T>(items: readonly T[], nameOf: (item: T) => string, locale: Locale): T[] {
  const compare = comparePlaceNames(locale);
  return [...items].sort((a, b) => compare(nameOf(a), nameOf(b)));
}
