import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { regions } from '../data/regions.ts';
import { regionShortCodes } from '../lib/places.ts';
import { redirectsFile, regionRedirects } from '../lib/redirects.ts';

/**
 * Writes dist/_redirects: real 301s for the region short codes, for hosts that read the file (Cloudflare Pages,
 * Netlify). Netlify sets NETLIFY=true in its builds, and only it needs the forced form.
 */
export function redirectsFileIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'redirects-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const redirects = regionRedirects(regionShortCodes(regions), base);
        const force = process.env.NETLIFY === 'true';
        await writeFile(path.join(fileURLToPath(dir), '_redirects'), redirectsFile(redirects, { force }));
        logger.info(`wrote _redirects: ${redirects.length} region short codes${force ? ', forced for Netlify' : ''}`);
      },
    },
  };
}
