/**
 * The script of every page: progressive enhancements. Every page reads fine without it. Search and "Use your names"
 * load on demand; the not-found page has its own.
 */
import { initCopyButtons } from './copy';
import { initCustomiserOnDemand } from './customiser-on-demand';
import { initDeepLinks } from './deep-links';
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
initCustomiserOnDemand();
