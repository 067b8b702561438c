// Screenshots of built pages for a person to look at: phone (390×844) and desktop (1280×800), light and dark.
// Usage: node scripts/screenshots.ts http://localhost:4321/ opt-out/ faq/ …   (writes to screenshots/)
// ENGINE=firefox or ENGINE=webkit takes them through the smoke run's drivers instead (light only: WebDriver has
// no colour-scheme emulation), as the engine a reader's Firefox or Safari shares.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumExecutable } from '../tools/browsers/browser.ts';
import { engineDriver, INSTALL_HINT, type EngineName } from '../tools/browsers/engines.ts';

const [origin = 'http://localhost:4321/', ...paths] = process.argv.slice(2);
const only = process.env.ONLY; // e.g. ONLY=phone-light
// SETTLE_MS=1500 waits that long after each page loads, for what arrives later (results on /search/?q=…).
const settle = () => new Promise((resolve) => setTimeout(resolve, Number(process.env.SETTLE_MS ?? 0)));
const engineName = (process.env.ENGINE ?? 'chromium') as EngineName;
mkdirSync('screenshots', { recursive: true });
const shots = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false },
];
const fileFor = (path: string, shot: string, scheme: string) =>
  `screenshots/${(path || 'home').replace(/[/?=#]+/g, '_').replace(/^_|_$/g, '') || 'home'}-${engineName === 'chromium' ? '' : `${engineName}-`}${shot}-${scheme}.png`;

if (engineName !== 'chromium') {
  const driver = engineDriver(engineName);
  if ('missing' in driver) throw new Error(`${driver.missing} not found: ${INSTALL_HINT}`);
  const engine = await driver.launch();
  console.log(engine.version);
  for (const shot of shots) {
    if (only && only !== `${shot.name}-light`) continue;
    const page = await engine.newPage(origin);
    await page.setViewport(shot.viewport.width, shot.viewport.height);
    for (const path of paths.length ? paths : ['']) {
      await page.goto(path);
      await settle();
      const file = fileFor(path, shot.name, 'light');
      await page.screenshot(file);
      console.log(file);
    }
    await page.close();
  }
  await engine.close();
} else {
  const browser = await chromium.launch(chromiumExecutable());
  for (const shot of shots) {
    for (const colorScheme of ['light', 'dark'] as const) {
      if (only && only !== `${shot.name}-${colorScheme}`) continue;
      const context = await browser.newContext({
        viewport: shot.viewport,
        isMobile: shot.isMobile,
        colorScheme,
        deviceScaleFactor: 1,
        timezoneId: 'Asia/Hong_Kong',
      });
      const page = await context.newPage();
      for (const path of paths.length ? paths : ['']) {
        await page.goto(new URL(path, origin).href);
        await settle();
        const file = fileFor(path, shot.name, colorScheme);
        await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
        console.log(file);
      }
      await context.close();
    }
  }
  await browser.close();
}
