import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { sources } from '../../data/sources.ts';
import { passages } from '../../data/passages.ts';
import { locales, localeRecords, type Locale } from '../../lib/i18n.ts';
import { citationProblems } from './citationIntegrity.ts';

/**
 * Fails the build when a citation does not land on a passage, a passage is cited in one language only, or a source
 * or passage is cited nowhere. MDX props are not type-checked, so the built pages are the one place where every
 * citation (MDX, FAQ and timeline data, region pages) can be seen together: each carries data-cite="<id> …".
 */
export function citationIntegrity(): AstroIntegration {
  return {
    name: 'citation-integrity',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const localeOfLang = new Map<string, Locale>(locales.map((l) => [localeRecords[l].htmlLang, l]));
        const cited = new Map(locales.map((l) => [l as string, new Set<string>()]));
        const walk = async (d: string): Promise<void> => {
          for (const entry of await readdir(d, { withFileTypes: true })) {
            const full = path.join(d, entry.name);
            if (entry.isDirectory()) await walk(full);
            else if (entry.name.endsWith('.html')) {
              const html = await readFile(full, 'utf8');
              const locale = localeOfLang.get(html.match(/<html lang="([^"]+)"/)?.[1] ?? '');
              if (!locale) continue;
              for (const m of html.matchAll(/data-cite="([^"]+)"/g)) for (const id of (m[1] ?? '').split(' ')) cited.get(locale)?.add(id);
            }
          }
        };
        await walk(fileURLToPath(dir));
        const problems = citationProblems({
          sources: sources.map((s) => ({ id: s.id, unquotable: Boolean(s.unquotable) })),
          passages: passages.map((p) => ({ id: p.id, counterpart: p.counterpart })),
          cited,
        });
        if (problems.length) throw new Error(`Citations need attention:\n- ${problems.join('\n- ')}`);
        const total = [...cited.values()].reduce((n, s) => n + s.size, 0);
        logger.info(`${total} distinct citations across ${locales.length} languages all land on a passage`);
      },
    },
  };
}
