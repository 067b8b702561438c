import type { Browser, BrowserType, Page } from '@playwright/test';
import { findTarget, locate, serialiseTarget, type Engine, type EnginePage, type Target } from '../driver.ts';

/** An engine driven by Playwright: its own Chromium, Firefox or WebKit, or a system Chromium by path. */
export async function playwrightEngine(
  name: string,
  type: BrowserType,
  launch: { executablePath?: string; args?: string[] },
): Promise<Engine> {
  const browser: Browser = await type.launch({ ...launch, headless: true });
  return {
    name,
    version: `${name} ${browser.version()} (Playwright${launch.executablePath ? `, ${launch.executablePath}` : ''})`,
    async newPage(baseURL) {
      const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
      return playwrightPage(await context.newPage());
    },
    close: () => browser.close(),
  };
}

function playwrightPage(page: Page): EnginePage {
  const element = (target: Target) =>
    locate(target, async () => (await page.evaluateHandle(findTarget, serialiseTarget(target))).asElement());
  return {
    goto: async (path) => void (await page.goto(path)),
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg) as never,
    click: async (target) => (await element(target)).click(),
    type: async (target, text) => {
      const field = await element(target);
      await field.focus();
      await page.keyboard.type(text);
    },
    select: async (target, label) => void (await (await element(target)).selectOption({ label })),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.context().close(),
  };
}
