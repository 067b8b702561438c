// Printouts of built pages for a person to look at: A4 PDFs from Chromium (Playwright) and Firefox (WebDriver BiDi,
// puppeteer-core), as a reader's Print → Save as PDF makes them. Turn the pages into PNGs with pdftoppm to look.
// Usage: node scripts/print-pdfs.ts http://localhost:4321/ regions/hong-kong/ zh-hk/opt-out/ …   (writes to screenshots/)
import { chromium } from '@playwright/test';
import puppeteer from 'puppeteer-core';
import { existsSync, mkdirSync } from 'node:fs';
import { chromiumExecutable } from '../tools/browsers/browser.ts';

const [origin = 'http://localhost:4321/', ...paths] = process.argv.slice(2);
mkdirSync('screenshots', { recursive: true });
const fileFor = (path: string, engine: string) =>
  `screenshots/print-${path.replace(/[/?=#]+/g, '_').replace(/^_|_$/g, '') || 'home'}-${engine}.pdf`;

const browser = await chromium.launch(chromiumExecutable());
const page = await browser.newPage();
for (const path of paths) {
  await page.goto(new URL(path, origin).href);
  await page.pdf({ path: fileFor(path, 'chromium'), format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  console.log(fileFor(path, 'chromium'));
}
await browser.close();

const firefoxPath = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
if (firefoxPath) {
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: { 'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false },
  });
  const fpage = await firefox.newPage();
  for (const path of paths) {
    await fpage.goto(new URL(path, origin).href, { waitUntil: 'load' });
    await fpage.pdf({ path: fileFor(path, 'firefox'), format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
    console.log(fileFor(path, 'firefox'));
  }
  await firefox.close();
} else console.log('Firefox not found: Chromium only');
