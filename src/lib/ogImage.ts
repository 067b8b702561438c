import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { unbreakableChineseWords } from '../data/chineseStyle.ts';
import { visualLength } from './shortAnswer.ts';

/** What a share card says: a kicker, a headline, a sentence, and a footer line. */
export interface OgCard {
  kicker: string;
  headline: string;
  body: string;
  footer: string;
}

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700] as const;

// Fonts come from npm packages and are read at build time only; the site itself never loads a web font.
let latin: Promise<Font[]> | undefined;
function latinFonts(): Promise<Font[]> {
  latin ??= Promise.all(
    WEIGHTS.map(async (weight) => ({
      name: 'Inter',
      data: await readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return latin;
}

/** Noto Sans HK ships as ~100 unicode-range slices per weight; each card loads only the slices its text needs. */
interface Slice {
  file: string;
  weight: 400 | 700;
  /** Its place among its weight's slices: the same range in both weights, so one family with two weights. */
  index: number;
  ranges: [number, number][];
}
let slices: Promise<Slice[]> | undefined;
function cjkSlices(): Promise<Slice[]> {
  slices ??= Promise.all(
    WEIGHTS.map(async (weight) => {
      const cssPath = require.resolve(`@fontsource/noto-sans-hk/${weight}.css`);
      const css = await readFile(cssPath, 'utf8');
      return [...css.matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g)].map((m, index) => ({
        file: cssPath.replace(/[^/]+$/, `files/${m[1]}`),
        weight,
        index,
        ranges: (m[2] ?? '').split(',').map((r) => {
          const [a = '0', b] = r.trim().replace(/^U\+/i, '').split('-');
          return [Number.parseInt(a, 16), Number.parseInt(b ?? a, 16)] as [number, number];
        }),
      }));
    }),
  ).then((lists) => lists.flat());
  return slices;
}

const fileCache = new Map<string, Promise<Buffer>>();
/** Characters a Chinese card draws in the Chinese font though they are below the Chinese ranges. */
const CHINESE_FORMS = /[\u2026\u22ef]/u;
/**
 * Chinese sets its ellipsis in the middle of the line; the fonts' own ……, drawn without the font's Hong Kong
 * forms, sits on the baseline, so a Chinese card draws it as two midline ellipses.
 */
const chineseEllipsis = (text: string) => text.replaceAll('……', '\u22ef\u22ef');

async function fontsFor(text: string): Promise<Font[]> {
  const chinese = /\p{Script=Han}/u.test(text);
  const wide = [
    ...new Set([...text].filter((c) => c.codePointAt(0)! > 0x2e7f || (chinese && CHINESE_FORMS.test(c))).map((c) => c.codePointAt(0)!)),
  ];
  if (wide.length === 0) return latinFonts();
  const needed = (await cjkSlices()).filter((s) => wide.some((c) => s.ranges.some(([a, b]) => c >= a && c <= b)));
  // Each range gets its own family name, with both weights: satori keeps one font per name and weight, and falls back
  // across families (two weights under two names made regular text take a bold slice's place, or none).
  const cjk = await Promise.all(
    needed.map(async (s) => {
      if (!fileCache.has(s.file)) fileCache.set(s.file, readFile(s.file));
      return { name: `Noto Sans HK ${s.index}`, data: await fileCache.get(s.file)!, weight: s.weight, style: 'normal' as const };
    }),
  );
  return [...(await latinFonts()), ...cjk];
}

type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string } };
const el = (type: string, style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({
  type,
  props: { style, children },
});

const chineseWords = new Intl.Segmenter('zh-Hant', { granularity: 'word' });

/**
 * Joins the letters of every Chinese word with U+2060 WORD JOINER, which the card's line breaker respects: the words
 * the browser's word breaker finds (訓練, 推薦), dates (2025年11月3日) and the listed names it would split. The card's
 * lines then break between words, as a Hong Kong typesetter breaks them.
 */
export function keepWordsTogether(text: string, words: readonly string[] = unbreakableChineseWords): string {
  const chars = [...text];
  // joined[i]: no line break between chars[i] and chars[i + 1].
  const joined = new Array<boolean>(chars.length).fill(false);
  const hold = (from: number, length: number) => {
    for (let i = from; i < from + length - 1; i++) joined[i] = true;
  };
  // Offsets in code units to offsets in characters.
  const charAt = new Map<number, number>();
  let unit = 0;
  chars.forEach((c, i) => {
    charAt.set(unit, i);
    unit += c.length;
  });
  for (const { segment, index, isWordLike } of chineseWords.segment(text))
    if (isWordLike && /\p{Script=Han}/u.test(segment)) hold(charAt.get(index)!, [...segment].length);
  // A date, with the word that leads into it (由, 自, 於, 至), so that neither is left alone at a line's end.
  for (const m of text.matchAll(/[由自於至]?(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日)/g))
    hold(charAt.get(m.index)!, [...m[0]].length);
  // A short title in book-title marks (《歐洲地區私隱通知》) is one name.
  for (const m of text.matchAll(/《[^《》]{1,12}》/g)) hold(charAt.get(m.index)!, [...m[0]].length);
  for (const word of words) for (const m of text.matchAll(new RegExp(word, 'g'))) hold(charAt.get(m.index)!, [...word].length);
  // A short sentence (我需要填嗎？) is not split, and a last line is never one or two characters (嗎？ alone was seen).
  for (const m of text.matchAll(/(?<=^|[。？！])[^。？！]{1,6}[。？！]/gu))
    if (/\p{Script=Han}/u.test(m[0])) hold(charAt.get(m.index)!, [...m[0]].length);
  if (chars.length > 12 && /\p{Script=Han}/u.test(text)) hold(chars.length - 4, 4);
  return chars.map((c, i) => (joined[i] ? `${c}\u2060` : c)).join('');
}

/** Renders a 1200×630 PNG share card; Chinese text is set in Noto Sans HK. */
export async function renderOgCard(given: OgCard): Promise<Buffer> {
  const card = /\p{Script=Han}/u.test(given.headline + given.body)
    ? { ...given, headline: chineseEllipsis(given.headline), body: chineseEllipsis(given.body) }
    : given;
  const text = `${card.kicker}${card.headline}${card.body}${card.footer}`;
  const fonts = await fontsFor(text);
  // A Chinese card takes its punctuation from the Chinese font first: its ellipsis sits mid-line, as Chinese sets it.
  const fontFamily = /\p{Script=Han}/u.test(text)
    ? [...new Set(fonts.map((f) => f.name).filter((name) => name !== 'Inter')), 'Inter'].join(', ')
    : 'Inter';
  const tree = el(
    'div',
    {
      width: 1200,
      height: 630,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      paddingTop: 56,
      paddingBottom: 56,
      paddingLeft: 72,
      paddingRight: 72,
      background: '#0a3f75',
      color: '#ffffff',
      fontFamily,
    },
    [
      el('div', { display: 'flex', alignItems: 'center', gap: 16, fontSize: 30, fontWeight: 700, color: '#ffbf47' }, card.kicker),
      el('div', { display: 'flex', flexDirection: 'column', gap: 24, width: 1056 }, [
        el(
          'div',
          { display: 'flex', width: 1056, fontSize: visualLength(card.headline) > 28 ? 64 : 84, fontWeight: 700, lineHeight: 1.15 },
          keepWordsTogether(card.headline),
        ),
        el('div', { display: 'flex', width: 1056, fontSize: 36, lineHeight: 1.4, color: '#e6eef7' }, keepWordsTogether(card.body)),
      ]),
      el(
        'div',
        {
          display: 'flex',
          width: 1056,
          fontSize: 26,
          color: '#cfdcea',
          borderTopWidth: 2,
          borderTopStyle: 'solid',
          borderTopColor: '#3d6a98',
          paddingTop: 20,
        },
        card.footer,
      ),
    ],
  );
  const svg = await satori(tree as never, { width: 1200, height: 630, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}
