import type { AstroIntegration } from 'astro';
import type { PublicOrigin } from '../lib/publicOrigin.ts';

/**
 * Canonical URLs, hreflang, the sitemap, share links and share cards are absolute. A build that found no public
 * origin (src/lib/publicOrigin.ts) points them all at the local preview: say so on every such build, where a deployer
 * building on their own machine will see it.
 */
export function siteUrlWarning(origin: PublicOrigin & { ok: true }): AstroIntegration {
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (origin.from !== 'local') {
          logger.info(`public origin ${origin.origin}, from ${origin.from}`);
          return;
        }
        logger.warn(
          `SITE_URL is not set: canonical URLs, the sitemap, share links and share cards will point at ${origin.origin}. For a deployment, build with SITE_URL=https://your-domain (see README, Deploying).`,
        );
      },
    },
  };
}
