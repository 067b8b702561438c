// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/features/search/pagefindIndex.ts';
import { securityHeaders } from './src/integrations/securityHeaders.ts';
import { redirectsFileIntegration } from './src/integrations/redirectsFile.ts';
import { localizedNotFound } from './src/integrations/localizedNotFound.ts';
import { siteUrlWarning } from './src/integrations/siteUrlWarning.ts';
import { publicOrigin } from './src/lib/publicOrigin.ts';
import { citationIntegrity } from './src/features/citations/integration.ts';
import { locales, defaultLocale } from './src/lib/i18n.ts';
import { regions } from './src/data/regions.ts';
import { regionShortCodes } from './src/lib/places.ts';
import { regionRedirects } from './src/lib/redirects.ts';
import { regionAskedScriptHash } from './src/lib/regionAsked.ts';

// The public origin (canonical URLs, sitemap, share cards): SITE_URL, else the host's production origin, else the
// local preview's (src/lib/publicOrigin.ts). BASE_PATH when the guide lives under a sub-path such as /guide/.
const origin = publicOrigin(process.env);
if (!origin.ok) {
  // One line a deployer can act on, not a stack trace.
  console.error(`astro.config.mjs: ${origin.error}`);
  process.exit(1);
}
const site = origin.origin;
const base = process.env.BASE_PATH ?? '/';
// Short links only forward to a region page: the sitemap lists the page, not them.
const shortLinks = new Set(regionRedirects(regionShortCodes(regions), base).map((r) => r.from));

export default defineConfig({
  site,
  base,
  // The /guide/ test build goes to its own folder, so it never replaces the root build in dist/.
  outDir: process.env.DIST_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    defaultLocale,
    locales,
    routing: { prefixDefaultLocale: false },
  },
  // No code blocks in the guide, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    siteUrlWarning(origin),
    mdx(),
    sitemap({
      // The 404 page is not content.
      filter: (page) => !shortLinks.has(new URL(page).pathname) && !page.endsWith('/404/'),
    }),
    pagefindIndex(),
    securityHeaders(),
    redirectsFileIntegration(),
    localizedNotFound(),
    citationIntegrity(),
  ],
  // A site that tells people to protect their data must not leak theirs: same-origin everything, scripts and
  // styles by hash. Pagefind alone needs more: WebAssembly ('wasm-unsafe-eval') and same-origin fetches (it runs
  // without its web worker, see SearchBox.astro).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The region checker's one inline script runs before its first paint (src/lib/regionAsked.ts).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [regionAskedScriptHash] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    // The search code is imported on intent by URL (see SearchDialog.astro), built as a module of its own.
    worker: { format: 'es' },
    build: {
      // The search trigger is not needed for the first paint: a file of its own keeps it out of the HTML that must
      // fit the first round trip. Other small scripts stay inline (the default under 4 KB).
      assetsInlineLimit: (file) => (file.includes('SearchDialog') ? false : undefined),
    },
  },
});
