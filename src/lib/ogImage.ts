import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

/** What a share card says: a kicker, a headline, a sentence, and a footer line. */
export interface OgCard {
  kicker: string;
  headline: string;
  body: string;
  footer: string;
}

const require = createRequire(import.meta.url);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

// Fonts come from npm packages and are read at build time only; the site itself never loads a web font.
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Inter',
      data: await readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string } };
const el = (type: string, style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({ type, props: { style, children } });

/** Renders a 1200×630 PNG share card. */
export async function renderOgCard(card: OgCard): Promise<Buffer> {
  const tree = el('div', {
    width: 1200, height: 630, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between',
    paddingTop: 56, paddingBottom: 56, paddingLeft: 72, paddingRight: 72, background: '#0a3f75', color: '#ffffff', fontFamily: 'Inter',
  }, [
    el('div', { display: 'flex', alignItems: 'center', gap: 16, fontSize: 30, fontWeight: 700, color: '#ffbf47' }, card.kicker),
    el('div', { display: 'flex', flexDirection: 'column', gap: 24, width: 1056 }, [
      el('div', { display: 'flex', width: 1056, fontSize: card.headline.length > 28 ? 64 : 84, fontWeight: 700, lineHeight: 1.1 }, card.headline),
      el('div', { display: 'flex', width: 1056, fontSize: 36, lineHeight: 1.35, color: '#e6eef7' }, card.body),
    ]),
    el('div', { display: 'flex', width: 1056, fontSize: 26, color: '#cfdcea', borderTopWidth: 2, borderTopStyle: 'solid', borderTopColor: '#3d6a98', paddingTop: 20 }, card.footer),
  ]);
  const svg = await satori(tree as never, { width: 1200, height: 630, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}
