/**
 * The public origin a build writes into canonical URLs, hreflang, the sitemap, share links and share cards, decided
 * from the environment alone (astro.config.mjs passes `process.env`):
 *
 * 1. `SITE_URL`, set by the deployer;
 * 2. else Netlify's `URL`, the site's main address (read only where `NETLIFY=true`, which Netlify's builders set, so a
 *    stray `URL` in a local shell changes nothing);
 * 3. else `https://` + Vercel's `VERCEL_PROJECT_PRODUCTION_URL`, the project's production domain.
 *
 * Never a per-deployment address (`CF_PAGES_URL`, `VERCEL_URL`, Netlify's `DEPLOY_URL`): a preview's canonical URLs
 * would point at a copy that is gone tomorrow. A host that gives no production origin (Cloudflare Pages) needs
 * `SITE_URL`, and a build there without it is an error. Anywhere else, a build without one is local (`npm start`, the
 * tests) and gets the preview server's address.
 */

/** Where `astro preview` serves the site (`npm start`). */
export const localOrigin = 'http://localhost:4321';

/** The variable the origin came from, or 'local' for the preview server's. */
export type OriginSource = 'SITE_URL' | 'URL' | 'VERCEL_PROJECT_PRODUCTION_URL' | 'local';

export type PublicOrigin = { ok: true; origin: string; from: OriginSource } | { ok: false; error: string };

type Env = Readonly<Record<string, string | undefined>>;

/** The origin of an absolute http(s) address with no path beyond `/`, or why it is not one. */
function originOf(value: string, name: string): { origin: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: `${name} is not an absolute URL: "${value}". Set it to the site's public origin, e.g. https://guide.example.org` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { error: `${name} must start with https:// or http://, not "${value}".` };
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    return { error: `${name} must be an origin alone, not "${value}": put a sub-path in BASE_PATH (see README, Deploying).` };
  }
  return { origin: url.origin };
}

export function publicOrigin(env: Env): PublicOrigin {
  const candidates: [OriginSource, string | undefined][] = [
    ['SITE_URL', env.SITE_URL],
    ['URL', env.NETLIFY === 'true' ? env.URL : undefined],
    ['VERCEL_PROJECT_PRODUCTION_URL', env.VERCEL_PROJECT_PRODUCTION_URL && `https://${env.VERCEL_PROJECT_PRODUCTION_URL}`],
  ];
  for (const [from, value] of candidates) {
    if (!value?.trim()) continue;
    const result = originOf(value.trim(), from);
    return 'error' in result ? { ok: false, error: result.error } : { ok: true, origin: result.origin, from };
  }
  if (env.CF_PAGES === '1') {
    return {
      ok: false,
      error:
        'SITE_URL is not set, and Cloudflare Pages gives no production origin: set SITE_URL (e.g. https://guide.example.org) in the project’s build environment variables.',
    };
  }
  return { ok: true, origin: localOrigin, from: 'local' };
}
