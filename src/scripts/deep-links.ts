/**
 * Deep links: a click on the "#" link after a heading goes to the section, as
 * without JavaScript, and also copies its absolute URL for tickets and chat.
 * The URL is built from the page's canonical link (the configured LEAKFIX_SITE
 * and LEAKFIX_BASE), so a link copied from a preview, a mirror or a URL with a
 * query string still points at the published guide.
 */
let region: HTMLElement | undefined;

/** One polite live region for all copy messages; it exists before the first message so it is announced. */
function liveRegion(): HTMLElement {
  if (!region) {
    region = document.createElement('div');
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  return region;
}

export function announce(message: string): void {
  const status = liveRegion();
  status.textContent = '';
  // Set on the next tick: the same message twice in a row is then announced twice.
  setTimeout(() => {
    status.textContent = message;
  }, 50);
}

/** No Clipboard API (old browsers, plain-http hosts): no buttons, the "#" links still work. */
export const canCopy = (): boolean => typeof navigator.clipboard?.writeText === 'function';

export function sectionUrl(id: string): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const url = new URL(canonical || location.href);
  url.search = '';
  url.hash = id;
  return url.href;
}

/** Shows "Copied" (or the failure) beside the link for a moment, through CSS. */
function flash(link: HTMLElement, state: 'copied' | 'failed'): void {
  link.dataset.state = state;
  setTimeout(() => {
    if (link.dataset.state === state) delete link.dataset.state;
  }, 2000);
}

export function initDeepLinks(): void {
  if (!canCopy() || !document.querySelector('.heading-anchor')) return;
  liveRegion();
  // One listener for every heading: the links are plain anchors and keep working as such.
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.heading-anchor');
    if (!link) return;
    try {
      await navigator.clipboard.writeText(sectionUrl(link.hash.slice(1)));
      flash(link, 'copied');
      announce('Link to the section copied');
    } catch {
      flash(link, 'failed');
      announce('Copy failed; copy the address from the address bar instead');
    }
  });
}
