import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Every test gets a page that fails the test when it requests another origin, logs a console error, throws,
 * trips the Content Security Policy, sets a cookie or writes to storage.
 * A guide about protecting personal data must not leak any, nor break quietly.
 */
export const test = base.extend<{ guard: { allowConsoleErrors: (pattern: RegExp) => void } }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) problems.push(`off-origin request: ${url}`);
      });
      page.on('console', (msg) => {
        // Chromium's own note on a blocked inline style is reported below by the securitypolicyviolation listener,
        // which knows to ignore the styles axe-core injects while it audits.
        if (msg.text().startsWith('Applying inline style violates')) return;
        if (msg.type() === 'error' && !allowed.some((re) => re.test(msg.text()))) problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
      // Off-origin requests are answered locally so a leak is reported, never sent.
      await page.route(
        (url) => new URL(url.href).origin !== origin && !url.href.startsWith('data:'),
        (route) => route.abort(),
      );
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          if ((window as unknown as { __axeRunning?: boolean }).__axeRunning) return;
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
        });
      });
      await use({ allowConsoleErrors: (re) => allowed.push(re) });
      expect(await page.context().cookies(), 'cookies').toEqual([]);
      if (!page.isClosed() && page.url().startsWith(origin)) {
        const stored = await page.evaluate(() => localStorage.length + sessionStorage.length).catch(() => 0);
        expect(stored, 'items in localStorage/sessionStorage').toBe(0);
      }
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function expectNoAxeViolations(page: Page, exclude: string[] = []): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const selector of exclude) builder = builder.exclude(selector);
  // axe-core injects styles of its own while it audits; the CSP guard above ignores violations during the run.
  await page.evaluate(() => {
    (window as unknown as { __axeRunning?: boolean }).__axeRunning = true;
  });
  const { violations } = await builder.analyze();
  await page.evaluate(() => {
    (window as unknown as { __axeRunning?: boolean }).__axeRunning = false;
  });
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(summary).toEqual([]);
}
