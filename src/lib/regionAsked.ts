import { createHash } from 'node:crypto';

/**
 * Run before the region checker is painted, by the parser: a link that names a place (?region=) marks the page, so the
 * stylesheet gives up the room it keeps for the time-zone suggestion (which such a link never gets) before the first
 * paint instead of leaving an empty band or moving the page once the checker's script has run.
 */
export const regionAskedScript = "if(new URLSearchParams(location.search).has('region'))document.documentElement.dataset.regionAsked=''";

/** Its hash for the Content Security Policy: Astro hashes its own scripts, not an inline one (astro.config.mjs). */
export const regionAskedScriptHash: `sha256-${string}` = `sha256-${createHash('sha256').update(regionAskedScript).digest('base64')}`;
