import { localizePath, locales, withBase } from './i18n.ts';

export interface Redirect {
  from: string;
  to: string;
}

/**
 * Every region short code (/regions/hk/ → /regions/hong-kong/) in every language, under the deployment base. The
 * same aliases also get refresh pages, for hosts that ignore _redirects.
 */
export function regionRedirects(aliases: readonly { alias: string; slug: string }[], base: string): Redirect[] {
  return locales.flatMap((locale) =>
    aliases.map(({ alias, slug }) => ({
      from: withBase(base, localizePath(`/regions/${alias}/`, locale)),
      to: withBase(base, localizePath(`/regions/${slug}/`, locale)),
    })),
  );
}

/**
 * The `_redirects` file that Cloudflare Pages and Netlify read. A refresh page exists at every alias path:
 * Cloudflare applies a redirect whether or not a file matches, but Netlify serves the file unless the rule is
 * forced with `301!`, which Cloudflare in turn rejects as an invalid status. So `force` is set for Netlify only.
 */
export function redirectsFile(redirects: readonly Redirect[], { force }: { force: boolean }): string {
  const status = force ? '301!' : '301';
  const header = `# Written at build time by src/integrations/redirectsFile.ts from the region data (${force ? 'forced, for Netlify' : 'for Cloudflare Pages and other hosts'}).`;
  return [header, ...redirects.map((r) => `${r.from} ${r.to} ${status}`), ''].join('\n');
}
