/** The site's only script: progressive enhancements. Every page reads fine without it. */
import { initCopyButtons } from './copy';
import { initTabs } from './tabs';
import { initThemeToggle } from './theme';

initThemeToggle();
initTabs();
initCopyButtons();
