import QRCode from 'qrcode';

/**
 * An address as a reader types it from paper: no scheme and no `www.`. The trailing slash stays: it is the page's
 * own address, so it works on any host without relying on a redirect.
 */
export function typedAddress(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host.replace(/^www\./, '')}${pathname === '/' ? '' : pathname}`;
}

/** A region page's short link (/regions/hk/) where it has one; any other route is its own shortest form. */
export function shortRoute(route: string, aliases: readonly { alias: string; slug: string }[]): string {
  const slug = route.match(/^\/regions\/([a-z-]+)\/$/)?.[1];
  const alias = slug && aliases.find((a) => a.slug === slug)?.alias;
  return alias ? `/regions/${alias}/` : route;
}

/**
 * A QR code for a printed page, as SVG markup made at build time: black modules on no background, sized by its
 * container. Medium error correction survives a smudged or folded printout.
 */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 0, color: { dark: '#000000', light: '#0000' } });
  return svg.replace(/\s(width|height)="\d+"/g, '').trim();
}
