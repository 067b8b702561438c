import {
  linkedinLabelLang,
  linkedinLabelMeanings,
  linkedinLabelNouns,
  linkedinLabels,
  linkedinUrls,
  linkedinUrlText,
  type LinkedInLabelName,
  type LinkedInUrlName,
} from '../data/linkedin.ts';
import { defaultLocale, isLocale, type Locale } from './i18n.ts';

/**
 * `{linkedin:…}` placeholders let data strings (FAQ answers, sources, the timeline) name LinkedIn's labels and pages
 * from src/data/linkedin.ts instead of copying them:
 *
 * - `{linkedin:aiToggle}`: a label (any key of `linkedinLabels`), marked lang="en" on pages not in English;
 * - `{linkedin:aiSettingUrl}`: a URL (any key of `linkedinUrls` + `Url`), for a link's target;
 * - `{linkedin:aiSettingUrlText}`: the same URL as printed ('linkedin.com/…'), for a link's text.
 *
 * A link is written as elsewhere in the data: `[{linkedin:aiSettingUrlText}]({linkedin:aiSettingUrl})`.
 */
const PLACEHOLDER = /\{linkedin:([^{}]*)\}/g;

type Value = { label: string; name: LinkedInLabelName } | { url: string };

const values = new Map<string, Value>([
  ...Object.entries(linkedinLabels).map(([name, label]): [string, Value] => [name, { label, name: name as LinkedInLabelName }]),
  ...(Object.keys(linkedinUrls) as LinkedInUrlName[]).flatMap((name): [string, Value][] => [
    [`${name}Url`, { url: linkedinUrls[name] }],
    [`${name}UrlText`, { url: linkedinUrlText(name) }],
  ]),
]);

/** Every placeholder name there is, for error messages and tests. */
export const linkedinPlaceholderNames: readonly string[] = [...values.keys()];

/**
 * Replaces the `{linkedin:…}` placeholders in `text`. With `markLabels`, labels come out as `{en:…}` (rendered by
 * src/lib/inlineMarkup.ts as <span lang="en">); without it, as plain text. Throws on an unknown or unclosed
 * placeholder, so a typo fails the build instead of reaching a reader. On a page in another language (`locale`), a
 * marked label is followed by `{once:label.<name>}`: what it means in that language, in brackets, at the label's first
 * mention on the page (`{en:Off}（關閉）`), nothing after (src/lib/pageMentions.ts).
 */
export function resolveLinkedIn(text: string, { markLabels, locale }: { markLabels: boolean; locale?: Locale }): string {
  const out = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values.get(name);
    if (!value) {
      throw new Error(
        `Unknown placeholder ${whole} in "${text}". Known: ${linkedinPlaceholderNames.map((n) => `{linkedin:${n}}`).join(', ')}`,
      );
    }
    if ('url' in value) return value.url;
    if (!markLabels) return value.label;
    const gloss = labelMeaning(value.name, locale) ? `{once:label.${value.name}}` : '';
    return `{${linkedinLabelLang}:${value.label}}${labelNoun(value.name, locale)}${gloss}`;
  });
  if (out.includes('{linkedin:')) throw new Error(`Unclosed {linkedin:…} placeholder in "${text}"`);
  return out;
}

/**
 * The `lang` a LinkedIn label needs on a page of this locale (`Astro.currentLocale`): 'en' when the page is in
 * another language, none when the page is in English already.
 */
export function linkedinLabelLangOn(currentLocale: string | undefined): typeof linkedinLabelLang | undefined {
  const locale = currentLocale && isLocale(currentLocale) ? currentLocale : defaultLocale;
  return locale === linkedinLabelLang ? undefined : linkedinLabelLang;
}

/** The word that goes with a label on a page of `locale` (表格 after Data Processing Objection), or nothing. */
export function labelNoun(name: LinkedInLabelName, locale: Locale | undefined): string {
  if (!locale || locale === linkedinLabelLang) return '';
  return (linkedinLabelNouns as Partial<Record<Locale, Partial<Record<LinkedInLabelName, string>>>>)[locale]?.[name] ?? '';
}

/** What a LinkedIn label means on a page of `locale`, in brackets ('（關閉）'), or nothing on English pages. */
export function labelMeaning(name: LinkedInLabelName, locale: Locale | undefined): string {
  if (!locale || locale === linkedinLabelLang) return '';
  const meaning = (linkedinLabelMeanings as Partial<Record<Locale, Record<LinkedInLabelName, string>>>)[locale]?.[name];
  if (!meaning) throw new Error(`No ${locale} meaning for LinkedIn's label "${name}" in src/data/linkedin.ts`);
  return `（${meaning}）`;
}
