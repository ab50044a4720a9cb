/**
 * On the not-found page, a /go/<scanner>/<id>/ address gets a sentence naming the scanner and the id that Leakfix
 * did not recognise, with a search for the id. Without JavaScript the page still explains scanner links.
 */
import { unknownGoPath } from '../lib/unknown-go-path';

export function initUnknownScannerLink(): void {
  const box = document.querySelector<HTMLElement>('[data-unknown-scanner-link]');
  if (!box) return;
  const names = JSON.parse(box.dataset.scanners ?? '{}') as Record<string, string>;
  const found = unknownGoPath(location.pathname, box.dataset.goBase ?? '/go/', names);
  if (!found) return;
  const message = document.createElement('p');
  message.setAttribute('data-unknown-scanner-message', '');
  const code = (text: string) => Object.assign(document.createElement('code'), { textContent: text });
  const search = Object.assign(document.createElement('a'), {
    href: `${box.dataset.search ?? '/search/'}?q=${encodeURIComponent(found.id)}`,
    textContent: `Search Leakfix for “${found.id}”`,
  });
  if (found.scannerName) {
    message.append(`Leakfix does not recognise the ${found.scannerName} id `, code(found.id), '. ');
  } else {
    message.append(
      'Leakfix does not recognise the scanner ',
      code(found.scanner),
      ` (nor its id `,
      code(found.id),
      `); scanner links start with ${Object.keys(names).map((key) => `/go/${key}/`).join(', ')}. `,
    );
  }
  message.append(search, '.');
  box.before(message);
}
