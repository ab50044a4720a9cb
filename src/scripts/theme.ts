/** The dark-mode toggle: a pressed button means dark. The choice is stored and overrides the system setting. */
const STORAGE_KEY = 'leakfix-theme';

function currentTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function initThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.hidden = false;
    button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
    button.addEventListener('click', () => {
      const next = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      button.setAttribute('aria-pressed', String(next === 'dark'));
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Storage can be disabled; the theme still applies to this page.
      }
    });
  }
}
