/**
 * The part of "Use your names" every guide needs at once. The form works only with its script (customiser.ts),
 * which loads when the reader first reaches for the form, or at once when the link carries names: a first visit that
 * never uses it does not download it.
 */
import customiserScript from './customiser?worker&url';
import { loadScript } from './load-script';

export function initCustomiserOnDemand(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-customiser]');
  if (!form) return;
  let ready = false;
  const load = () =>
    loadScript(customiserScript).then(() => {
      ready = true;
      form.dataset.ready = 'true';
    });
  if (location.search) {
    void load();
    return;
  }
  form.hidden = false;
  const loadOnFocus = () => void load().catch(() => form.addEventListener('focusin', loadOnFocus, { once: true }));
  form.addEventListener('focusin', loadOnFocus, { once: true });
  // A button pressed before its handler existed is pressed again once it does.
  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (button && !ready) void load().then(() => button.click(), () => undefined);
  });
}
