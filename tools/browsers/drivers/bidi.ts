import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { describeTarget, findTarget, locate, serialiseTarget, type Engine, type EnginePage, type Target } from '../driver.ts';

/** Firefox (Debian's firefox-esr) over WebDriver BiDi, through puppeteer-core. */
export async function bidiFirefoxEngine(executablePath: string): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // The machine has no network: no update, telemetry or captive-portal checks.
    extraPrefsFirefox: {
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'app.update.disabledForTesting': true,
    },
  });
  return {
    name: 'firefox',
    version: `firefox ${(await browser.version()).replace(/^firefox\//i, '')} (WebDriver BiDi, puppeteer-core, ${executablePath})`,
    async newPage(baseURL) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      return bidiPage(page, baseURL);
    },
    close: () => browser.close(),
  };
}

function bidiPage(page: Page, baseURL: string): EnginePage {
  const element = (target: Target) =>
    locate(
      target,
      async () =>
        (
          await page.evaluateHandle(findTarget as (t: unknown) => Element | null, serialiseTarget(target))
        ).asElement() as ElementHandle<Element> | null,
    );
  return {
    goto: async (path) => void (await page.goto(new URL(path, baseURL).href)),
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg) as never,
    click: async (target) => (await element(target)).click(),
    type: async (target, text) => {
      await (await element(target)).focus();
      await page.keyboard.type(text);
    },
    select: async (target, label) => {
      const field = await element(target);
      const value = await field.evaluate((el, l) => [...(el as HTMLSelectElement).options].find((o) => o.label === l)?.value, label);
      if (value === undefined) throw new Error(`no option “${label}” in ${describeTarget(target)}`);
      await field.select(value);
    },
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}
