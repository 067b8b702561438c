import { existsSync, globSync } from 'node:fs';
import { chromium, firefox, webkit } from '@playwright/test';
import { bundledBrowser as bundled, chromiumExecutable } from './browser.ts';
import type { Engine } from './driver.ts';
import { playwrightEngine } from './drivers/playwright.ts';
import { bidiFirefoxEngine } from './drivers/bidi.ts';
import { webkitGtkEngine } from './drivers/webdriver.ts';

export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** What to install when an engine is missing: one line, for the reader of a failed `npm test`. */
export const INSTALL_HINT =
  'install the browsers: `npx playwright install chromium firefox webkit`, or on Debian/Ubuntu `apt-get install chromium firefox-esr webkit2gtk-driver xvfb`';

const SYSTEM_FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const systemFirefox = () => [process.env.FIREFOX_PATH, ...SYSTEM_FIREFOX].find((p) => p && existsSync(p));
const webKitWebDriver = () => ['/usr/bin/WebKitWebDriver'].find((p) => existsSync(p));
const miniBrowser = () =>
  [process.env.MINIBROWSER_PATH, ...globSync('/usr/lib/*/webkit2gtk-4.*/MiniBrowser').sort().reverse()].find((p) => p && existsSync(p));
const xvfb = () => !!process.env.DISPLAY || existsSync('/usr/bin/xvfb-run');

/** How each engine will be driven here, or why it cannot be: Playwright's own browser first, then Debian's. */
export function engineDriver(name: EngineName): { launch: () => Promise<Engine> } | { missing: string } {
  if (name === 'chromium') {
    try {
      const launch = chromiumExecutable();
      return { launch: () => playwrightEngine('chromium', chromium, launch) };
    } catch {
      return { missing: 'Chromium' };
    }
  }
  if (name === 'firefox') {
    if (bundled(firefox)) return { launch: () => playwrightEngine('firefox', firefox, {}) };
    const path = systemFirefox();
    return path ? { launch: () => bidiFirefoxEngine(path) } : { missing: 'Firefox' };
  }
  if (bundled(webkit)) return { launch: () => playwrightEngine('webkit', webkit, {}) };
  const driver = webKitWebDriver();
  const browser = miniBrowser();
  if (driver && browser && xvfb()) return { launch: () => webkitGtkEngine(driver, browser) };
  return { missing: 'WebKit' };
}

/** The engines missing on this machine; empty when all three can run. */
export function missingEngines(): string[] {
  return ENGINE_NAMES.flatMap((name) => {
    const driver = engineDriver(name);
    return 'missing' in driver ? [driver.missing] : [];
  });
}
