import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from 'zhlint';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtPages, DIST } from '../support/site.ts';
import { chineseRuns, type ChineseRun } from '../support/chineseText.ts';
import { chineseStyleRules, onceAPageTerms, pcpdFirstMention, pcpdShortName } from '../../src/data/chineseStyle.ts';
import { linkedinLabelMeanings, linkedinLabelNouns, linkedinLabels } from '../../src/data/linkedin.ts';
import { ui } from '../../src/data/ui.ts';
import { sortByPlaceName } from '../../src/lib/placeOrder.ts';

// The Chinese edition's typography, by zhlint (a maintained linter for Chinese text), set to Hong Kong's house style:
// traditional punctuation (「」), full-width punctuation and brackets, and no space between Chinese and Latin letters
// or digits, after 。 or between Chinese characters. Half-width brackets are left alone: the Ordinance's own
// references are written 第2(3)條.
const zhlintRules = {
  preset: 'default',
  unifiedPunctuation: 'traditional',
  spaceBetweenMixedwidthContent: false,
  halfwidthPunctuation: '',
  spaceOutsideHalfwidthBracket: undefined,
  skipAbbrs: [],
} as const;

const chinesePages = builtPages().filter((p) => p.path.startsWith('/zh-hk/') && !p.redirect);

function typographyProblems(runs: ChineseRun[]): string[] {
  return runs.flatMap((r) =>
    run(r.text, { rules: zhlintRules as never }).validations.map(
      (v: { message: string; index: number }) => `${v.message}: “${r.text.slice(Math.max(0, v.index - 12), v.index + 12)}”`,
    ),
  );
}

function termProblems(runs: ChineseRun[]): string[] {
  return runs
    .filter((r) => !r.quoted)
    .flatMap((r) =>
      chineseStyleRules.flatMap((rule) => {
        const m = r.text.match(new RegExp(rule.avoid));
        return m ? [`“${m[0]}” → ${rule.use} (${rule.why}): “${r.text.slice(Math.max(0, (m.index ?? 0) - 12), (m.index ?? 0) + 14)}”`] : [];
      }),
    );
}

test('the linters catch what a Hong Kong editor marked in the Chinese edition', () => {
  const flagged = (text: string) =>
    typographyProblems([{ text, from: 'p', quoted: false }]).length + termProblems([{ text, from: 'p', quoted: false }]).length;
  for (const bad of [
    '領英可使用會員的資料 — 395 日',
    '3 日 4 小時 5 分鐘',
    '日期及時間以香港時間為準。 截至2026年12月3日。',
    '搜尋中…',
    '開啟 Latin 設定',
    '找到「Latin」開關',
    '領英可使用當地會員的資料',
    '開啟直接連結',
    '領英AI退出指南',
    '在辦公室提出關注後',
    '設定每開多一天',
    '條例附表一的保障資料原則,列出資料使用者應如何收集',
    '英國、香港和加拿大',
    '愛爾蘭資料保障委員會（Latin，Latin）',
    '2026年12月3日：更正：連結至該設定的是領英的通知。',
    '各頁現已註明。 相關頁面：「香港」。',
    '領英人工智能訓練關閉指南 · 常見問題',
    '全指南中英文版本',
    '對人工智能開發者十分具吸引力',
    '該辦公室會作監察',
    '領英將於2025年11月3日起可使用會員的資料',
    '然後聯絡你在德國所在地區的資料保障機構：',
    '私隱專員公署與領英商討的期間',
    '其資料處理會符合《條例》',
    '香港條例並沒有這樣的途徑',
    '根據條例第2(3)條',
    '領英最遲自2024年9月起已可使用會員資料訓練生成式人工智能。如何停止。',
    '據Latin及Latin引述領英有關這次改動的說明頁及更新通知，',
    '據Latin及Latin引述，領英有關2025年更新的說明頁及更新通知指，',
  ]) {
    assert.ok(flagged(bad) > 0, `not caught: ${bad}`);
  }
  assert.equal(flagged('在香港，領英自2025年11月3日起已可使用會員的資料訓練生成式人工智能，至今395日。'), 0);
});

test('every Chinese page follows Hong Kong typography (zhlint)', () => {
  const problems = chinesePages.flatMap((p) => typographyProblems(chineseRuns(p.html)).map((m) => `${p.path}: ${m}`));
  assert.deepEqual([...new Set(problems)], []);
});

test('every Chinese page uses the house terms (src/data/chineseStyle.ts)', () => {
  const problems = chinesePages.flatMap((p) => termProblems(chineseRuns(p.html)).map((m) => `${p.path}: ${m}`));
  assert.deepEqual([...new Set(problems)], []);
});

test('a Chinese page first names the PCPD in full, with its short form, as the PCPD does', () => {
  // A FAQ answer's own page shows one answer taken from the FAQ, which names the PCPD in full where the FAQ first does.
  for (const page of chinesePages.filter((p) => !/^\/zh-hk\/faq\/[^/]+\/$/.test(p.path))) {
    const text = chineseRuns(page.html.match(/<main[\s\S]*?<\/main>/)?.[0] ?? '')
      // Running text: paragraphs and cells, not headings, contents lists or labels.
      .filter((r) => !r.quoted && /^(p|dd|td)$/.test(r.from))
      .map((r) => r.text)
      .join('\n');
    const first = text.indexOf(pcpdShortName);
    if (first < 0) continue;
    const full = text.indexOf(pcpdFirstMention);
    assert.ok(
      full >= 0 && full <= first && full + pcpdFirstMention.length > first,
      `${page.path}: first mention “${text.slice(Math.max(0, first - 8), first + 10)}”`,
    );
  }
});

// The islands' sentences (checker, countdown, search, share) are filled in the browser, so the built pages hold only
// their templates: lint each Chinese string as a reader would see it, with sample values in its placeholders.
test('every Chinese interface string follows the same typography and terms, filled as a reader sees it', () => {
  const samples: Record<string, string> = { n: '3', d: '3日', h: '4小時', m: '5分鐘', date: '2025年11月3日', month: '2024年9月' };
  const problems = Object.entries(ui['zh-hk'])
    // Punctuation keys are fragments (an opening bracket alone), not text.
    .filter(([key]) => !key.startsWith('punct.'))
    .flatMap(([key, template]) => {
      const text = template.replace(/\{(\w+)\}/g, (_, name: string) => samples[name] ?? '香港').replace(/`[^`]*`/g, 'Latin');
      const runs = [{ text, from: 'p', quoted: false }];
      return [...typographyProblems(runs), ...termProblems(runs)].map((m) => `${key}: ${m}`);
    });
  assert.deepEqual(problems, []);
});

// What a reader reads as the page: the body, without scripts, styles and islands' templates.
const readableHtml = (html: string) =>
  (html.match(/<body[\s\S]*<\/body>/)?.[0] ?? '').replace(/<(script|style|template)[\s>][\s\S]*?<\/\1>/g, '');

// Parts a reader reads on their own (one platform's tab, the printed steps): each explains LinkedIn's labels anew.
const OWN_PARTS =
  /<section id="[^"]+" class="platform-section"[\s\S]*?<\/section>|<div class="print-steps[\s\S]*?<\/ul>\s*<p>[\s\S]*?<\/p>\s*<\/div>/g;

// Parts read on their own from their start (the last update, each entry of the updates list): they say every name in
// full afresh, so that "the reports above" never points at the entry's own words (src/lib/pageMentions.ts).
const FRESH_PARTS = /<p class="m-0" data-part="last-updated">[\s\S]*?<\/p>|<li id="update-[^"]+">[\s\S]*?<\/li>/g;

test('no page is left with the markers that settle first mentions', () => {
  const left = builtPages()
    .filter((p) => /<\/?(page-mention|mention-first|mention-later|mention-scope)\b/.test(p.html))
    .map((p) => p.path);
  assert.deepEqual(left, []);
});

test('a Chinese page gives 《歐洲地區私隱通知》 its English title at its first mention, and only there (each update on its own)', () => {
  const { later } = onceAPageTerms.euNotice;
  const title = '（<span lang="en">European Regional Privacy Notice</span>）';
  let pages = 0;
  for (const page of chinesePages) {
    const whole = readableHtml(page.html);
    for (const html of [whole.replace(FRESH_PARTS, ''), ...(whole.match(FRESH_PARTS) ?? [])]) {
      const first = html.indexOf(later);
      if (first < 0) continue;
      pages++;
      assert.ok(html.startsWith(title, first + later.length), `${page.path}: first mention without the English title`);
      assert.equal(html.split(title).length - 1, 1, `${page.path}: the English title more than once`);
    }
  }
  assert.ok(pages >= 5, `only ${pages} pages name the notice`);
});

/** Where a LinkedIn label appears in `html`, and whether its meaning follows it in brackets. */
function labelMentions(html: string): Map<string, boolean[]> {
  const found = new Map<string, boolean[]>();
  const meanings = linkedinLabelMeanings['zh-hk'];
  for (const [name, label] of Object.entries(linkedinLabels)) {
    const escaped = label.replace(/&/g, '&amp;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const meaning = `（${meanings[name as keyof typeof meanings]}）`;
    // A label that takes the page's word for what it names (Data Processing Objection表格) has it before the meaning.
    const noun = linkedinLabelNouns['zh-hk'][name as keyof typeof meanings] ?? '';
    const at = [...html.matchAll(new RegExp(`<(span|strong) lang="en">${escaped}</\\1>${noun}(（[^）]*）)?`, 'g'))].map(
      (m) => m[2] === meaning,
    );
    if (at.length > 0) found.set(label, at);
  }
  return found;
}

function glossProblems(html: string): string[] {
  return [...labelMentions(html)].flatMap(([label, glossed]) => [
    ...(glossed[0] ? [] : [`“${label}” without its meaning at its first mention`]),
    ...(glossed.slice(1).some(Boolean) ? [`“${label}” explained again after its first mention`] : []),
  ]);
}

test('a Chinese page explains each LinkedIn label at its first mention only (each platform tab and update on its own)', () => {
  const problems = chinesePages.flatMap((page) => {
    const html = readableHtml(page.html);
    const freshParts = html.match(FRESH_PARTS) ?? [];
    const rest = html.replace(FRESH_PARTS, '');
    const ownParts = rest.match(OWN_PARTS) ?? [];
    return [
      glossProblems(rest.replace(OWN_PARTS, '')),
      ...ownParts.map((part) => glossProblems(part).filter((m) => m.includes('again'))),
      ...freshParts.map(glossProblems),
    ]
      .flat()
      .map((m) => `${page.path}: ${m}`);
  });
  assert.deepEqual([...new Set(problems)], []);
});

test('the Chinese feed of updates follows the same typography and terms', () => {
  const feed = readFileSync(path.join(DIST, 'zh-hk', 'updates.xml'), 'utf8');
  const texts = [...feed.matchAll(/<(title|description)>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!.replace(/&lt;|&gt;|&amp;/g, ' '));
  assert.ok(texts.length > 10);
  const runs = texts.map((text) => ({ text, from: 'p', quoted: false }));
  assert.deepEqual([...typographyProblems(runs), ...termProblems(runs)], []);
});

test('the search page lists the region pages in the checker’s order: by stroke count in Chinese', () => {
  const page = chinesePages.find((p) => p.path === '/zh-hk/search/');
  assert.ok(page);
  const names = [...page.html.matchAll(/<a href="[^"]*\/regions\/[^"/]+\/" class="inline-block py-0.5">\s*([^<]+?)\s*<\/a>/g)].map(
    (m) => m[1]!,
  );
  assert.ok(names.length > 30, `${names.length} region links`);
  assert.deepEqual(
    names,
    sortByPlaceName(names, (n) => n, 'zh-hk'),
  );
});
