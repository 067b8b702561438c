import type { AstroIntegration } from 'astro';

/**
 * Canonical URLs, hreflang, the sitemap, share links and share cards are absolute, so a build without SITE_URL
 * points them all at localhost. Say so loudly on every production build, where a deployer will see it.
 */
export function siteUrlWarning(siteUrl: string | undefined, fallback: string): AstroIntegration {
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (siteUrl) return;
        logger.warn(
          `SITE_URL is not set: canonical URLs, the sitemap, share links and share cards will point at ${fallback}. For a deployment, build with SITE_URL=https://your-domain (see README, Deploying).`,
        );
      },
    },
  };
}
