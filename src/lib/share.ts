import type { UiKey } from '../data/ui.ts';

/** What the Share island says after a try, declared once for the server (islandMessages) and the browser. */
export const shareMessages = { copied: 'share.copied', failed: 'share.failed' } as const satisfies Record<string, UiKey>;

/** What the FAQ's Copy link says once the link is on the clipboard: the same words as every other copy of a link. */
export const faqLinkMessages = { copied: 'share.copied' } as const satisfies Record<string, UiKey>;

/** How a share attempt ended, so the caller can say so. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/**
 * Opens the system share sheet where the browser has one (phones mostly); otherwise copies the URL.
 * Nothing is sent anywhere by this site: the browser hands the link to whatever the reader picks.
 */
export async function shareOrCopy(url: string, title: string): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function' && (navigator.canShare?.({ url, title }) ?? true)) {
    try {
      await navigator.share({ url, title });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // Fall through to copying: some browsers refuse to share from certain contexts.
    }
  }
  return copyLink(url);
}

/** Copies the URL to the clipboard; 'failed' where the browser refuses (no permission, an insecure origin). */
export async function copyLink(url: string): Promise<ShareOutcome> {
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
