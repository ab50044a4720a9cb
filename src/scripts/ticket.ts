/**
 * "Copy as ticket": copies the response checklist that the page carries in
 * the button's data-ticket-copy attribute (the same text as checklist.md).
 */
import { announce, canCopy } from './deep-links';

export function initTicketCopy(): void {
  if (!canCopy()) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-ticket-copy]')) {
    if (button.dataset.ready) continue;
    button.dataset.ready = 'true';
    button.hidden = false;
    const label = button.textContent ?? '';
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.ticketCopy ?? '');
        button.textContent = 'Copied';
        announce('Ticket checklist copied; paste it into your ticket');
      } catch {
        button.textContent = 'Copy failed';
        announce('Copy failed; open the checklist as Markdown and copy it from there');
      }
      setTimeout(() => {
        button.textContent = label;
      }, 2000);
    });
  }
}
