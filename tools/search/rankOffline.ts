// The ranker alone, in Node, over the built field index: every query of the repository's set and the blind tuning
// set scored in a second or two, for trying a change before the real benchmark (npm run bench:search), which types each
// query into the search box. It leaves out what only Pagefind knows (names kept in its metadata), so its figures can
// differ a little from the benchmark's. Never give it the holdout.
// Usage, after a build: node tools/search/rankOffline.ts [--misses] [--explain="query"] [--lang=zh-hk]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadIndex, rankPages, rankSections, TUNING, understand, WEIGHTS, type FieldIndexFile } from '../../src/features/search/rank.ts';
import { fieldIndexFile } from '../../src/features/search/fieldIndex.ts';
import { firstHit, scoreBy, type RelevanceQuery } from '../../src/features/search/relevance.ts';
import { blindTuning, relevanceQueries } from '../../src/features/search/relevanceRun.ts';
import type { Locale } from '../../src/lib/i18n.ts';

const dist = path.resolve(import.meta.dirname, '..', '..', process.env.DIST_DIR ?? 'dist');
const sets: [string, RelevanceQuery[]][] = [
  ['repository', relevanceQueries],
  ['tuning', blindTuning],
];
const indexes = new Map<string, ReturnType<typeof loadIndex>>();
const indexFor = (lang: string) => {
  if (!indexes.has(lang))
    indexes.set(
      lang,
      loadIndex(JSON.parse(readFileSync(path.join(dist, 'pagefind', fieldIndexFile(lang as Locale)), 'utf8')) as FieldIndexFile),
    );
  return indexes.get(lang)!;
};
const MORE = 3;
// --set=names.w=5,k1=1.5 tries other weights without editing rank.ts.
for (const pair of (process.argv.find((a) => a.startsWith('--set='))?.slice(6) ?? '').split(',').filter(Boolean)) {
  const [key = '', value = ''] = pair.split('=');
  const [a = '', b] = key.split('.');
  if (b) (WEIGHTS as Record<string, Record<string, number>>)[a]![b] = Number(value);
  else (TUNING as Record<string, number>)[a] = Number(value);
}
function shown(q: string, lang: string) {
  const index = indexFor(lang);
  const u = understand(q, lang as Locale, index);
  const pages = rankPages(rankSections(u.terms, index), index).slice(0, 5);
  return pages.map((p) => {
    const page = index.pages[p.page]!;
    const anchors = p.sections.map((s) => index.sections[s.section]!.anchor);
    return {
      url: page.url,
      subUrls: anchors
        .filter(Boolean)
        .slice(0, MORE + 1)
        .map((a) => `${page.url}#${a}`),
      anchors,
    };
  });
}
const explain = process.argv.find((a) => a.startsWith('--explain='))?.slice(10);
if (explain) {
  const lang = process.argv.find((a) => a.startsWith('--lang='))?.slice(7) ?? 'en';
  const index = indexFor(lang);
  const u = understand(explain, lang as Locale, index);
  console.log('terms', u.terms.map((t) => `${t.term}:${t.weight}`).join(' '), 'added', u.added);
  for (const p of rankPages(rankSections(u.terms, index), index).slice(0, 6)) {
    const page = index.pages[p.page]!;
    console.log(
      p.score.toFixed(2),
      page.url,
      p.sections
        .slice(0, 3)
        .map((s) => `${index.sections[s.section]!.anchor || '-'}=${s.score.toFixed(2)}`)
        .join(' '),
    );
    for (const t of u.terms) {
      const one = rankSections([t], index).filter((s) => index.sections[s.section]!.page === p.page)[0];
      if (one) process.stdout.write(`   ${t.term}=${one.score.toFixed(2)}`);
    }
    console.log();
  }
  process.exit(0);
}
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
for (const [name, queries] of sets) {
  const ranked = queries.map((q) => {
    const s = shown(q.q, q.lang);
    return { ...q, rank: firstHit(s, q.expect), top: s.slice(0, 3).map((r) => r.url + (r.anchors[0] ? `#${r.anchors[0]}` : '')) };
  });
  for (const [k, sc] of scoreBy(
    ranked,
    (q) => q.lang,
    (q) => q.rank,
  ))
    console.log(
      `${name} ${k}: s@1 ${pct(sc.at1)} s@3 ${pct(sc.at3)} mrr ${sc.mrr.toFixed(3)} absent ${ranked.filter((q) => q.lang === k && q.rank === 0).length}`,
    );
  if (process.argv.includes('--kinds'))
    for (const [k, sc] of scoreBy(
      ranked,
      (q) => `${q.lang} ${q.kind}`,
      (q) => q.rank,
    ))
      console.log(`   ${k}: ${sc.n} s@1 ${pct(sc.at1)} s@3 ${pct(sc.at3)}`);
  if (process.argv.includes('--misses'))
    for (const q of ranked.filter((q) => q.rank !== 1))
      console.log(`  - [${q.lang} ${q.kind}] ${q.q} → ${q.rank || '–'}; want ${q.expect.join('|')}; got ${q.top.join(', ')}`);
}
