/**
 * Language tabs (WAI-ARIA tabs pattern: arrow keys, Home, End). Picking a
 * language switches every tab group on the page and is remembered.
 */
const STORAGE_KEY = 'leakfix-language';

function groups(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-tabs]')];
}

function select(group: HTMLElement, language: string, focus = false): boolean {
  const tabs = [...group.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const target = tabs.find((tab) => tab.dataset.language === language);
  if (!target) return false;
  for (const tab of tabs) {
    const selected = tab === target;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  for (const panel of group.querySelectorAll<HTMLElement>('[role="tabpanel"]')) {
    panel.hidden = panel.dataset.language !== language;
  }
  if (focus) target.focus();
  return true;
}

function selectEverywhere(language: string, origin?: HTMLElement): void {
  // Keep the group the reader is using still on screen while others change height above it.
  const before = origin?.getBoundingClientRect().top;
  for (const group of groups()) select(group, language, group === origin);
  if (origin && before !== undefined) window.scrollBy(0, origin.getBoundingClientRect().top - before);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered when storage is off; switching still works.
  }
}

/**
 * Builds the tab strip from the panels (WAI-ARIA tabs pattern). The HTML has no tabs: without JavaScript they could
 * not switch anything, and every panel shows with its own label.
 */
function buildTablist(group: HTMLElement): HTMLButtonElement[] {
  const tablist = document.createElement('div');
  tablist.className = 'tablist';
  tablist.setAttribute('role', 'tablist');
  tablist.setAttribute('aria-label', group.dataset.tabs!);
  const tabs = [...group.querySelectorAll<HTMLElement>(':scope > .tabpanel')].map((panel) => {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.id = panel.id.replace(/^panel-/, 'tab-');
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', panel.id);
    tab.dataset.language = panel.dataset.language;
    tab.textContent = panel.querySelector('.panel-label')!.textContent;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    return tab;
  });
  tablist.append(...tabs);
  group.prepend(tablist);
  return tabs;
}

export function initTabs(): void {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(STORAGE_KEY);
  } catch {
    remembered = null;
  }
  for (const group of groups()) {
    if (group.dataset.ready) continue;
    group.dataset.ready = 'true';
    const tabs = buildTablist(group);
    if (tabs.length === 0) continue;
    const tablist = tabs[0]!.parentElement!;
    group.classList.add('tabs-enhanced');
    if (!(remembered && select(group, remembered))) select(group, tabs[0]!.dataset.language!);
    tablist.addEventListener('click', (event) => {
      const tab = (event.target as HTMLElement).closest<HTMLButtonElement>('[role="tab"]');
      if (tab?.dataset.language) selectEverywhere(tab.dataset.language, group);
    });
    tablist.addEventListener('keydown', (event) => {
      const current = tabs.findIndex((tab) => tab === document.activeElement);
      if (current < 0) return;
      const next =
        event.key === 'ArrowRight' ? (current + 1) % tabs.length
        : event.key === 'ArrowLeft' ? (current - 1 + tabs.length) % tabs.length
        : event.key === 'Home' ? 0
        : event.key === 'End' ? tabs.length - 1
        : -1;
      if (next < 0) return;
      event.preventDefault();
      selectEverywhere(tabs[next]!.dataset.language!, group);
    });
  }
}
