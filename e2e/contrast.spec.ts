import { test, expect } from './support/fixtures.ts';
import { LOCALES, localeRoute } from './support/locales.ts';
import { t } from '../src/lib/ui.ts';

// The main button (to LinkedIn's setting) must stand out from the page in both themes: at least 3:1 against what is
// behind it (our bar for the button's shape, after WCAG 1.4.11, non-text contrast) and 4.5:1 for its text against
// the button (1.4.3). axe checks text contrast only, so the ratios are computed here from the colours the browser
// paints.

type Rgba = [number, number, number, number];

/** 'rgb(16, 19, 23)' or 'rgba(0, 0, 0, 0)', as getComputedStyle gives colours set in hex. */
function parseColor(css: string): Rgba {
  const m = css.match(/^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/);
  if (!m) throw new Error(`unexpected colour format: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
}

/** A colour painted over an opaque one. */
function over([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba {
  return [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1];
}

/** WCAG 2 relative luminance of an opaque sRGB colour. */
function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio, 1 to 21. */
function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test('the contrast arithmetic is WCAG’s', () => {
  expect(contrast(parseColor('rgb(0, 0, 0)'), parseColor('rgb(255, 255, 255)'))).toBeCloseTo(21, 5);
  expect(contrast(parseColor('rgb(118, 118, 118)'), parseColor('rgb(255, 255, 255)'))).toBeCloseTo(4.54, 2);
  expect(over(parseColor('rgba(0, 0, 0, 0.5)'), parseColor('rgb(255, 255, 255)'))).toEqual([127.5, 127.5, 127.5, 1]);
});

for (const locale of LOCALES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${locale}, ${colorScheme}`, () => {
      test.use({ colorScheme });

      test('the main button stands out from the page, and its text from the button', async ({ page }) => {
        await page.goto(localeRoute(locale));
        const button = page.getByRole('link', { name: t(locale, 'cta.switchOff'), exact: true });
        await expect(button).toBeVisible();
        const colors = await button.evaluate((el) => {
          // What is behind the button: the nearest ancestor that paints a background (in the end, <html>).
          const layers: string[] = [];
          for (let node = el.parentElement; node; node = node.parentElement) {
            const bg = getComputedStyle(node).backgroundColor;
            layers.push(bg);
            if (bg.startsWith('rgb(')) break; // opaque: nothing further back shows through
          }
          const style = getComputedStyle(el);
          return { button: style.backgroundColor, text: style.color, behind: layers.reverse() };
        });
        // Paint the layers behind the button from the back, over white (the canvas a browser starts from).
        const behind = colors.behind.reduce((acc, layer) => over(parseColor(layer), acc), [255, 255, 255, 1] as Rgba);
        const buttonColor = over(parseColor(colors.button), behind);
        const textColor = over(parseColor(colors.text), buttonColor);
        const shape = contrast(buttonColor, behind);
        const text = contrast(textColor, buttonColor);
        const report = `button ${colors.button} on ${colors.behind[0]}: ${shape.toFixed(2)}:1; text ${colors.text}: ${text.toFixed(2)}:1`;
        test.info().annotations.push({ type: 'contrast', description: report });
        expect(shape, `button against the page (${report})`).toBeGreaterThanOrEqual(3);
        expect(text, `text against the button (${report})`).toBeGreaterThanOrEqual(4.5);
      });
    });
  }
}
