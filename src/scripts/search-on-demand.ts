/**
 * The part of search every page needs at once: the keyboard shortcut and its hint, and the guard that keeps a pasted
 * secret out of the /search/ URL. The search code itself (search.ts) loads when the reader enters the header box, or
 * straight away on /search/, so a guide's first visit does not download it.
 */
import { searchableTerm } from '../lib/search-term';
import { loadScript } from './load-script';
import searchScript from './search?worker&url';

const loadSearch = () => loadScript(searchScript);

export function initSearch(): void {
  const headerBox = document.querySelector<HTMLFormElement>('[data-search-box]');
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  if (headerBox) initHeaderBox(headerBox);
  if (page) void loadSearch();
  // On /search/ the page's own box is the one to type in.
  const shortcutTarget = page?.querySelector('input') ?? headerBox?.querySelector('input');
  if (shortcutTarget) initShortcut(shortcutTarget);
}

function initHeaderBox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  form.querySelector<HTMLElement>('.search-shortcut')!.hidden = false;
  // The native GET submit would carry a pasted whole secret into the /search/ URL: send its prefix only.
  form.addEventListener('submit', () => {
    input.value = searchableTerm(input.value);
  });
  // Until it loads, Enter still submits the form to /search/; if it fails, the next focus tries again.
  const loadOnFocus = () => void loadSearch().catch(() => form.addEventListener('focusin', loadOnFocus, { once: true }));
  form.addEventListener('focusin', loadOnFocus, { once: true });
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** "/" (outside text fields) and Ctrl+K or Cmd+K (anywhere) focus the search box. */
function initShortcut(input: HTMLInputElement): void {
  input.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  document.addEventListener('keydown', (event) => {
    const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if (!commandK && !slash) return;
    event.preventDefault();
    // The header stays in view on wide screens (sticky), so the reader keeps their place in a long guide.
    input.focus({ preventScroll: true });
    if (input.getBoundingClientRect().bottom < 0) input.scrollIntoView({ block: 'nearest' });
    input.select();
  });
}
