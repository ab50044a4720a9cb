/** The site's only script: progressive enhancements. Every page reads fine without it. */
import { initCopyButtons } from './copy';
import { initDeepLinks } from './deep-links';
import { initUnknownScannerLink } from './not-found';
import { initOnThisPage } from './on-this-page';
import { initSearch } from './search-on-demand';
import { initTabs } from './tabs';
import { initThemeToggle } from './theme';
import { initTicketCopy } from './ticket';

initThemeToggle();
initTabs();
initCopyButtons();
initDeepLinks();
initOnThisPage();
initTicketCopy();
initSearch();
initUnknownScannerLink();
