import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * Writes dist/_headers (read by Cloudflare Pages and Netlify) after the build. The policy is the union of every
 * page's <meta> CSP, because a header applies site-wide while Astro hashes scripts and styles per page; it adds
 * what a <meta> policy cannot express (frame-ancestors) and the other privacy headers.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies: string[] = [];
        const walk = async (d: string): Promise<void> => {
          for (const entry of await readdir(d, { withFileTypes: true })) {
            const full = path.join(d, entry.name);
            if (entry.isDirectory()) await walk(full);
            else if (entry.name.endsWith('.html')) {
              const m = (await readFile(full, 'utf8')).match(/http-equiv="content-security-policy" content="([^"]+)"/);
              if (m?.[1]) policies.push(m[1].replace(/&#39;/g, "'"));
            }
          }
        };
        await walk(root);
        const header = `${mergePolicies(policies)}; frame-ancestors 'none'`;
        const lines = [
          '# Written by src/integrations/securityHeaders.ts at build time: edit that, not this file.',
          '/*',
          `  Content-Security-Policy: ${header}`,
          '  Referrer-Policy: no-referrer',
          '  Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=(), clipboard-write=(self), web-share=(self)',
          '  X-Content-Type-Options: nosniff',
          '  Strict-Transport-Security: max-age=63072000; includeSubDomains',
          '  Cross-Origin-Opener-Policy: same-origin',
          '',
          '/_astro/*',
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
        ];
        await writeFile(path.join(root, '_headers'), lines.join('\n'));
        logger.info(`wrote _headers from ${policies.length} page policies`);
      },
    },
  };
}

/** Merges CSP strings directive by directive, keeping every source once and the order of first appearance. */
export function mergePolicies(policies: string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
