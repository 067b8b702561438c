/**
 * The field index search ranks with (rank.ts), written by the build from exactly what Pagefind indexed: each page's
 * fragment (its text, title, metadata and the word positions of its headings) cut into sections at its headings,
 * plus the "questions this answers" of asked.ts. One file a language, beside Pagefind's bundle.
 */
import { defaultLocale, locales, type Locale } from '../../lib/i18n.ts';
import { asked } from './asked.ts';
import { indexText, NAME_SEPARATOR, type FieldIndexFile } from './rank.ts';
import { sectionList, type Anchor } from './show.ts';

/** What the build reads of a Pagefind fragment. */
export interface IndexedPage {
  /** Pagefind's id for the page, the name of its fragment file ('en_74b1a84'). */
  id: string;
  /** The page's path from the site's root, as Pagefind records it ('/zh-hk/faq/'). */
  url: string;
  /** The indexed text; Pagefind counts positions in it by words between spaces or zero-width spaces. */
  content: string;
  meta: Record<string, string | undefined>;
  anchors: Anchor[];
}

/** The locale of an indexed page from its path: `/<locale>/…`, or the default. */
export function indexedLocale(url: string): Locale {
  const first = url.replace(/^\//, '').split('/')[0] ?? '';
  return locales.find((l) => l !== defaultLocale && l === first) ?? defaultLocale;
}

/** A page's route without its locale: '/zh-hk/faq/' → '/faq/'. */
function routeOf(url: string, locale: Locale): string {
  return locale === defaultLocale ? url : url.slice(locale.length + 1);
}

/**
 * Parts of a page that list what is elsewhere (its table of contents, its list of sources) would match every
 * question the page answers; they are left to Pagefind, which still finds the words in them.
 */
const LISTS = /(^|-)contents$|^page-sources$/;

/**
 * A page's names as a reader may type them, from its metadata (`names` and `textNames`, joined with ' · '), in the script
 * of its language: the rest (Chinese names on English pages, codes of two letters) stay in Pagefind's metadata, where
 * search asks for them, so that the file stays small. Whether any were left there.
 */
function namesOf(page: IndexedPage, locale: Locale): [names: string[], more: boolean] {
  // `textNames`: the names a page also holds in its indexed text (Chinese names on a Chinese page, regionSearchText.ts).
  const all = [page.meta.names, page.meta.textNames].flatMap((list) => (list ?? '').split(' · ')).filter(Boolean);
  const han = (n: string) => /\p{Script=Han}/u.test(n);
  const kept = all.filter((n) => (locale === defaultLocale ? !han(n) && n.length > 2 : han(n)));
  return [kept, kept.length < all.length];
}

/** Each language's field index. */
export function buildFieldIndexes(pages: readonly IndexedPage[]): Map<Locale, FieldIndexFile> {
  const out = new Map<Locale, FieldIndexFile>();
  for (const locale of locales) {
    const file: FieldIndexFile = { pages: [], sections: [] };
    const own = pages.filter((p) => indexedLocale(p.url) === locale).sort((a, b) => a.url.localeCompare(b.url));
    for (const page of own) {
      const index = file.pages.length;
      const [names, more] = namesOf(page, locale);
      file.pages.push([
        page.id,
        page.url,
        indexText(page.meta.title ?? ''),
        [...new Set(names.map(indexText))].join(NAME_SEPARATOR),
        more ? 1 : 0,
      ]);
      const words = page.content.split(/[\s\u200b]+/);
      const route = routeOf(page.url, locale);
      for (const section of sectionList(page.content, page.anchors)) {
        if (LISTS.test(section.anchor)) continue;
        const text = words.slice(section.from, section.to).join(' ');
        const questions = [
          ...(asked[section.anchor ? `${route}#${section.anchor}` : route]?.[locale] ?? []),
          // A page's own list of what its opening answers (a region page's, written once for the template).
          ...(section.anchor ? [] : (page.meta.asked ?? '').split(' · ').filter(Boolean)),
        ];
        if (!section.heading && !text.trim() && questions.length === 0) continue;
        file.sections.push([index, section.anchor, indexText(section.heading), indexText(questions.join(' ')), indexText(text)]);
      }
    }
    out.set(locale, file);
  }
  return out;
}

/** Where the build writes a language's field index, inside the Pagefind bundle. */
export function fieldIndexFile(locale: Locale): string {
  return `search-fields.${locale}.json`;
}
