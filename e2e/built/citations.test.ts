import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages, citationsBySourcesPage, parseHtml, plainText } from '../support/site.ts';
import { passages } from '../../src/data/passages.ts';
import { ui } from '../../src/data/ui.ts';
import { type UiKey } from '../../src/lib/ui.ts';
import { evidenceLevels } from '../../src/data/schema.ts';

// Reads the build itself: every citation says how sure it is, and every page's list of sources is what it cites.
const pages = builtPages().filter((p) => !p.redirect);
const passageById = new Map(passages.map((p) => [p.id, p]));
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
const markers = (html: string) =>
  [...html.matchAll(/<a\b[^>]*\bdata-cite="([^"]+)"[^>]*>/g)].map((m) => ({
    ids: (m[1] ?? '').split(' '),
    label: decode(m[0].match(/\baria-label="([^"]*)"/)?.[1] ?? ''),
  }));
/** What each level reads as in a marker's label, as a pattern: the quoted one names its speaker. */
const levelPatterns = (locale: keyof typeof ui) =>
  evidenceLevels.map((level) => {
    const key: UiKey = level === 'quoted' ? 'evidence.quoting' : `evidence.${level}`;
    const text = ui[locale][key];
    const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{(speaker|publisher)\\\}/g, '.+');
    return new RegExp(escaped);
  });

test('every citation marker’s accessible name says who speaks, in the page’s language @smoke', () => {
  let checked = 0;
  const problems: string[] = [];
  for (const page of pages) {
    const locale = page.html.match(/<html lang="([^"]+)"/)?.[1] === 'zh-Hant-HK' ? 'zh-hk' : 'en';
    const patterns = levelPatterns(locale);
    for (const { ids, label } of markers(page.html)) {
      checked++;
      if (!patterns.some((p) => p.test(label))) problems.push(`${page.path}: "${label}" (${ids.join(' ')})`);
    }
  }
  assert.ok(checked > 500, `${checked} markers`);
  assert.deepEqual(problems, []);
});

test('a marker covers one source at one level', () => {
  const problems: string[] = [];
  for (const page of pages)
    for (const { ids } of markers(page.html)) {
      const kinds = new Set(
        ids.map((id) => `${id.split('#')[0]} ${passageById.get(id)?.level ?? 'bare'} ${passageById.get(id)?.speaker?.en ?? ''}`),
      );
      if (kinds.size > 1) problems.push(`${page.path}: ${ids.join(' ')}`);
    }
  assert.deepEqual(problems, []);
});

test('the sources listed at the foot of each page are exactly the sources it cites @smoke', () => {
  let listed = 0;
  const problems: string[] = [];
  for (const page of pages) {
    const footer = page.html.match(/data-page-sources="([^"]*)"/)?.[1];
    const cited = [...new Set(markers(page.html).flatMap((m) => m.ids.map((id) => id.split('#')[0] ?? '')))].sort();
    if (footer === undefined) {
      if (cited.length && !page.path.endsWith('/sources/')) problems.push(`${page.path} cites ${cited.join(' ')} but lists no sources`);
      continue;
    }
    listed++;
    const list = footer.split(' ').sort();
    if (list.join(' ') !== cited.join(' ')) problems.push(`${page.path} lists [${list.join(' ')}] but cites [${cited.join(' ')}]`);
  }
  assert.ok(listed > 80, `${listed} pages with a list`);
  assert.deepEqual(problems, []);
});

// Every citation marker on every page leads to /sources/ in the same language, to an anchor that holds the quoted
// passage with a link that highlights it at the source, or, for a source that cannot be quoted, says why.
test('every citation lands on a quote or a stated reason @smoke', () => {
  const problems: string[] = [];
  for (const [sourcesPage, anchors] of citationsBySourcesPage()) {
    const locale = sourcesPage.includes('/zh-hk/') ? 'zh-hk' : 'en';
    const byId = Map.groupBy(parseHtml(pages.find((p) => p.path === sourcesPage)?.html ?? '').querySelectorAll('[id]'), (el) => el.id);
    for (const anchor of anchors) {
      const targets = byId.get(anchor) ?? [];
      if (targets.length !== 1) {
        problems.push(`${sourcesPage}#${anchor}: ${targets.length} elements`);
        continue;
      }
      const target = targets[0]!;
      if (anchor.includes('--')) {
        if (!target.querySelector('blockquote')?.textContent.trim()) problems.push(`${sourcesPage}#${anchor}: no quote`);
        const hrefs = target.querySelectorAll('a').map((a) => String(a.getAttribute('href')?.value ?? ''));
        if (!hrefs.some((h) => /#(.*:)?~:text=[^&]+/.test(h))) problems.push(`${sourcesPage}#${anchor}: no link to the passage`);
      } else if (!plainText(target.textContent).includes(ui[locale]['sources.unquotable'].trim())) {
        problems.push(`${sourcesPage}#${anchor}: no reason`);
      }
    }
  }
  assert.deepEqual(problems, []);
});
