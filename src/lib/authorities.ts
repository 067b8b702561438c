import type { Authority } from '../data/schema.ts';
import { defaultLocale, type Locale } from './i18n.ts';
import { t } from './ui.ts';

/**
 * An authority's name as a page shows it, in renderInline's markup: in English its name and abbreviation; in another
 * language its name there first, then its own name and abbreviation in brackets, marked as English (`{en:…}`), so a
 * reader can match it to the authority's website: 「法國國家資訊及自由委員會（Commission nationale …, CNIL）」.
 * Inside the brackets the name and abbreviation are one English phrase, so they take English punctuation.
 */
export function authorityLabel(authority: Authority, locale: Locale): string {
  const { name, abbr } = authority;
  if (locale === defaultLocale) return abbr ? `${name.en}${t(locale, 'punct.open')}${abbr}${t(locale, 'punct.close')}` : name.en;
  // A name that is the authority's own in this language (個人資料私隱專員公署) is matched to its website as it is.
  if (authority.namedOfficiallyIn?.includes(locale)) return name[locale];
  // The English page may explain a name in brackets ("Datenschutzstelle (Data Protection Authority)"); inside the
  // brackets of another language, only the authority's own name is wanted, or the brackets would nest.
  const ownName = name.en.replace(/\s*\([^()]*\)$/, '');
  const own = abbr ? `{en:${ownName}, ${abbr}}` : `{en:${ownName}}`;
  return `${name[locale]}${t(locale, 'punct.open')}${own}${t(locale, 'punct.close')}`;
}

/** Where a reader goes to complain: the authority's complaint page where we found one, else its home page. */
export function complaintHref(authority: Authority): string {
  return authority.complaintUrl ?? authority.url;
}
