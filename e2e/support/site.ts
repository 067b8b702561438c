import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { regions } from '../../src/data/regions.ts';
import { regionGroups } from '../../src/data/schema.ts';

// The build under test: dist/, or the folder DIST_DIR names (the /guide/ build goes to its own).
export const DIST = path.resolve(import.meta.dirname, '../..', process.env.DIST_DIR ?? 'dist');
export const BASE = process.env.BASE_PATH ?? '/';

/** Every HTML page in the build, as site paths ('/opt-out/'), with its source. Redirect stubs are marked. */
export function builtPages(): { path: string; html: string; redirect: boolean }[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` before the e2e tests.');
  const out: { path: string; html: string; redirect: boolean }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = path.relative(DIST, full).split(path.sep).join('/');
        const sitePath = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
        const html = readFileSync(full, 'utf8');
        out.push({ path: sitePath, html, redirect: /http-equiv="refresh"/i.test(html) });
      }
    }
  };
  walk(DIST);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Content pages: everything a reader can land on except redirects and the not-found pages (one a language). */
export function contentPages(): string[] {
  return builtPages()
    .filter((p) => !p.redirect && !p.path.endsWith('/404.html'))
    .map((p) => p.path);
}

/** A site path ('/opt-out/') relative to Playwright's baseURL, which already ends with the base path. */
export function rel(sitePath: string): string {
  return sitePath.replace(/^\//, '');
}

/**
 * Entry pages: where shared links land (home, opt-out and each region page, in both languages). The answer and the
 * button to LinkedIn's setting must be on their first screen.
 */
export function entryPages(): string[] {
  return contentPages().filter((p) => /^\/(zh-hk\/)?(opt-out\/|regions\/[a-z-]+\/)?$/.test(p));
}

/**
 * Every citation marker in the build, by the sources page it leads to (a site path without the deployment base,
 * which rel() and Playwright's baseURL add back), with the anchors it names there: `source--passage` for a quoted
 * passage, the source id alone for a source that cannot be quoted.
 */
export function citationsBySourcesPage(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const page of builtPages().filter((p) => !p.redirect)) {
    for (const m of page.html.matchAll(/<a href="([^"]+)"[^>]*data-cite="([^"]+)"/g)) {
      const href = m[1] ?? '';
      const target = `/${href.slice(0, href.indexOf('#')).slice(BASE.length)}`;
      if (!out.has(target)) out.set(target, new Set());
      // The marker leads to its first passage; the others of the same source are listed with it.
      for (const id of (m[2] ?? '').split(' ')) out.get(target)?.add(id.replace('#', '--'));
    }
  }
  return out;
}

/**
 * One page per template and language, for the checks only a browser can make (axe in both themes and sizes, the first
 * screen, islands): the build's other pages share a template with one of these, and what differs between them (h1,
 * title, text, facts) is read from the files in e2e/built/. Region pages: one per group, the one with most authorities
 * (a list of them is a branch of the template: Germany's sixteen), then the longest name (the tightest first screen).
 */
export function templatePages(): string[] {
  const regionSlugs = regionGroups.map((group) => {
    const inGroup = regions.filter((r) => r.group === group);
    inGroup.sort((a, b) => (b.authorities?.length ?? 0) - (a.authorities?.length ?? 0) || b.name.en.length - a.name.en.length);
    return inGroup[0]?.slug;
  });
  const routes = [
    '',
    'opt-out/',
    'faq/',
    'timeline/',
    // The guide template without an island of its own, as also pcpd-warning/.
    'why-now/',
    'sources/',
    'regions/',
    'search/',
    ...regionSlugs.map((slug) => `regions/${slug}/`),
  ];
  const built = new Set(contentPages());
  const pages = ['', '/zh-hk'].flatMap((prefix) => routes.map((route) => `${prefix}/${route}`));
  for (const page of pages) if (!built.has(page)) throw new Error(`templatePages(): ${page} is not in the build`);
  return pages;
}

/**
 * What a piece of built HTML reads as: inline tags dropped, other tags read as a space, the entities Astro writes
 * decoded, white space collapsed.
 */
export function plainText(fragment: string): string {
  return fragment
    .replace(/<\/?(?:a|abbr|b|cite|code|em|i|q|small|span|strong|sub|sup|time)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The texts of every element `tag` in a piece of built HTML, as plainText() reads them. */
export function textsOf(fragment: string, tag: string): string[] {
  return [...fragment.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => plainText(m[1] ?? ''));
}

/** A page's <main>, or '' when it has none. */
export const mainOf = (html: string) => html.match(/<main[\s\S]*?<\/main>/)?.[0] ?? '';

const parser = new Parser(await new StaticConfigLoader().getConfigFor('page.html'));

/** A built page as a tree to query (html-validate's parser, which also validates the build), for what a regex would misread. */
export function parseHtml(html: string): HtmlElement {
  return parser.parseHtml(html);
}
