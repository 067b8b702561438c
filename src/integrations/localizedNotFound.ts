import type { AstroIntegration } from 'astro';
import { rename, rm, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defaultLocale, locales } from '../lib/i18n.ts';

/**
 * Moves each other language's not-found page from <locale>/404/index.html, where Astro writes any page but the root
 * 404, to <locale>/404.html: a host that serves the nearest 404.html (Cloudflare Pages walks up the directory tree)
 * then answers an unknown /zh-hk/… address in Chinese first. A host that serves one 404.html shows both languages.
 */
export function localizedNotFound(): AstroIntegration {
  return {
    name: 'localized-not-found',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const locale of locales.filter((l) => l !== defaultLocale)) {
          const built = path.join(root, locale, '404', 'index.html');
          const exists = await stat(built).then(
            () => true,
            () => false,
          );
          if (!exists) throw new Error(`localized-not-found: ${built} was not built`);
          await rename(built, path.join(root, locale, '404.html'));
          await rm(path.join(root, locale, '404'), { recursive: true });
          logger.info(`moved ${locale}/404/index.html to ${locale}/404.html`);
        }
      },
    },
  };
}
