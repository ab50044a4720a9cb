/**
 * "Use your names" on a guide page: puts the reader's names into every
 * program, the "Reads" facts and so what the copy buttons copy, by replacing
 * the text of the elements the build marked with data-param. A value is
 * applied only if it passes the generator's own rules (the module the build
 * uses), so the page never shows a program the verification suite would not
 * accept. The choice lives in the query string; values from a link are
 * checked the same way and, if invalid, are dropped without being shown.
 */
import { CUSTOMISABLE_FIELDS, PARAMETER_RULES, isValidParameter, type CustomisableField } from '../generator/parameter-rules';

function initCustomiser(form: HTMLFormElement): void {
  const input = (field: CustomisableField) => form.elements.namedItem(field) as HTMLInputElement;
  const errorOf = (field: CustomisableField) => document.getElementById(input(field).getAttribute('aria-describedby')!)!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const shown = {} as Record<CustomisableField, string>;

  const apply = (field: CustomisableField, value: string) => {
    shown[field] = value;
    for (const element of document.querySelectorAll(`[data-param="${field}"]`)) element.textContent = value;
  };
  const showError = (field: CustomisableField, message = '') => {
    const error = errorOf(field);
    error.textContent = message;
    error.hidden = !message;
    input(field).setAttribute('aria-invalid', String(Boolean(message)));
  };
  // Only names that differ from the guide's go into the link; other query parameters and the #fragment stay.
  const updateUrl = () => {
    const url = new URL(location.href);
    for (const field of CUSTOMISABLE_FIELDS) {
      if (shown[field] === input(field).defaultValue) url.searchParams.delete(field);
      else url.searchParams.set(field, shown[field]);
    }
    history.replaceState(history.state, '', url);
  };

  const fromLink = new URLSearchParams(location.search);
  for (const field of CUSTOMISABLE_FIELDS) {
    shown[field] = input(field).defaultValue;
    const value = fromLink.get(field);
    if (value === null) continue;
    if (isValidParameter(field, value)) {
      input(field).value = value;
      apply(field, value);
    } else {
      showError(field, `The link's value was ignored. Allowed: ${PARAMETER_RULES[field].expected}.`);
    }
  }
  updateUrl();

  const update = (field: CustomisableField, value: string) => {
    if (isValidParameter(field, value)) {
      showError(field);
      apply(field, value);
      updateUrl();
    } else {
      showError(field, `Not applied; the programs keep ${shown[field]}. Allowed: ${PARAMETER_RULES[field].expected}.`);
    }
  };
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    if (CUSTOMISABLE_FIELDS.includes(target.name as CustomisableField)) update(target.name as CustomisableField, target.value);
  });
  // What the reader typed while this module was loading.
  for (const field of CUSTOMISABLE_FIELDS) if (input(field).value !== shown[field]) update(field, input(field).value);
  form.addEventListener('submit', (event) => event.preventDefault());

  form.querySelector('[data-customiser-reset]')!.addEventListener('click', () => {
    for (const field of CUSTOMISABLE_FIELDS) {
      input(field).value = input(field).defaultValue;
      showError(field);
      apply(field, input(field).defaultValue);
    }
    updateUrl();
    status.textContent = 'Names reset to the guide’s';
  });

  // Like the sections' copy-link buttons: the public address (canonical), here with the names and the #fragment.
  const copyButton = form.querySelector<HTMLButtonElement>('[data-customiser-copy]')!;
  copyButton.hidden = typeof navigator.clipboard?.writeText !== 'function';
  copyButton.addEventListener('click', async () => {
    const link = new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href || location.href);
    link.search = location.search;
    link.hash = location.hash;
    try {
      await navigator.clipboard.writeText(link.href);
      status.textContent = 'Link with these names copied';
    } catch {
      status.textContent = 'Copy failed; copy the address bar instead';
    }
  });

  form.hidden = false;
}

// Loaded on demand (customiser-on-demand.ts) on a page that has the form.
const customiserForm = document.querySelector<HTMLFormElement>('form[data-customiser]');
if (customiserForm) initCustomiser(customiserForm);
