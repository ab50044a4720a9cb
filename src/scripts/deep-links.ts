/**
 * Deep links: the button after each heading copies the absolute URL of that
 * section, for tickets and chat. The URL is built from the page's canonical
 * link, so a link copied from a preview, a mirror or a URL with a query string
 * still points at the published guide.
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

/** Shows "Copied" (or the failure) on the button for a moment, through CSS. */
function flash(button: HTMLButtonElement, state: 'copied' | 'failed'): void {
  button.dataset.state = state;
  setTimeout(() => {
    if (button.dataset.state === state) delete button.dataset.state;
  }, 2000);
}

export function initDeepLinks(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-copy-link]');
  if (buttons.length === 0 || !canCopy()) return;
  liveRegion();
  for (const button of buttons) {
    if (button.dataset.ready) continue;
    button.dataset.ready = 'true';
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(sectionUrl(button.dataset.copyLink ?? ''));
        flash(button, 'copied');
        announce('Link to the section copied');
      } catch {
        flash(button, 'failed');
        announce('Copy failed; use the # link beside the heading instead');
      }
    });
  }
}
