import type { APIRoute } from 'astro';
import { withBase } from '../lib/i18n.ts';

/** Everything is public; the sitemap lists what is worth indexing. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, 'sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
