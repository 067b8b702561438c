// Screenshots of built pages for a person to look at: phone (390×844) and desktop (1280×800), light and dark.
// Usage: node scripts/screenshots.ts http://localhost:4321/ opt-out/ faq/ …   (writes to screenshots/)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumExecutable } from '../e2e/support/browser.ts';

const [origin = 'http://localhost:4321/', ...paths] = process.argv.slice(2);
const only = process.env.ONLY; // e.g. ONLY=phone-light
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(chromiumExecutable());
const shots = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false },
];
for (const shot of shots) {
  for (const colorScheme of ['light', 'dark'] as const) {
    if (only && only !== `${shot.name}-${colorScheme}`) continue;
    const context = await browser.newContext({ viewport: shot.viewport, isMobile: shot.isMobile, colorScheme, deviceScaleFactor: 1, timezoneId: 'Asia/Hong_Kong' });
    const page = await context.newPage();
    for (const path of paths.length ? paths : ['']) {
      await page.goto(new URL(path, origin).href);
      const file = `screenshots/${(path || 'home').replace(/[/?=#]+/g, '_').replace(/^_|_$/g, '') || 'home'}-${shot.name}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
