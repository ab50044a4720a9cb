/**
 * Copy buttons: copy the text of the code block beside the button, exactly
 * (no prompts or line numbers are part of the markup), and announce success.
 */
export function initCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    if (button.dataset.ready) continue;
    button.dataset.ready = 'true';
    button.hidden = false;
    const status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    button.after(status);
    button.addEventListener('click', async () => {
      const code = button.parentElement?.querySelector('pre code');
      if (!code) return;
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        button.textContent = 'Copied';
        status.textContent = 'Copied to clipboard';
      } catch {
        button.textContent = 'Press Ctrl+C';
        status.textContent = 'Copy failed; select the code and copy it by hand';
      }
      setTimeout(() => {
        button.textContent = 'Copy';
        status.textContent = '';
      }, 2000);
    });
  }
}
