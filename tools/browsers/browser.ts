import { existsSync } from 'node:fs';
import { chromium, type BrowserType } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The path of Playwright's own build of an engine, where it has been downloaded. */
export function bundledBrowser(type: BrowserType): string | undefined {
  try {
    const path = type.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Playwright's own Chromium where it is installed; otherwise the system's (Debian's package), which needs
 * --no-sandbox as root and no background networking on a machine without internet access.
 */
export function chromiumExecutable(): { executablePath?: string; args: string[] } {
  const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
  if (bundledBrowser(chromium)) return { args };
  const system = [process.env.CHROMIUM_PATH, ...SYSTEM_CHROMIUM].find((p) => p && existsSync(p));
  if (!system) throw new Error('No Chromium found: run `npx playwright install chromium` or install your system’s chromium package.');
  return { executablePath: system, args: [...args, '--no-sandbox'] };
}
