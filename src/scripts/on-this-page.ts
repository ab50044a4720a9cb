/**
 * "On this page" marks the section in view (aria-current), in the sticky column and in the collapsed list alike. The
 * links work without it; this only follows the reader's scrolling.
 */
export function initOnThisPage(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
  if (links.length === 0) return;
  const ids = [...new Set(links.map((link) => decodeURIComponent(link.hash.slice(1))))];
  const headings = ids.map((id) => document.getElementById(id)).filter((heading) => heading !== null);

  let current: string | undefined;
  const mark = () => {
    frame = 0;
    // A heading counts as reached a little below where an anchor jump puts it (the scroll padding): its section
    // then fills the screen. Short enough that a link in the list still marks the section it jumped to.
    const line = (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0) + Math.min(window.innerHeight * 0.2, 150);
    let reached = headings.filter((heading) => heading.getBoundingClientRect().top <= line).at(-1);
    // At the very bottom, the last sections can never reach the line: the last one on screen is the one being read.
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) {
      reached = headings.filter((heading) => heading.getBoundingClientRect().top < window.innerHeight).at(-1) ?? reached;
    }
    if (reached?.id === current) return;
    current = reached?.id;
    for (const link of links) {
      if (link.hash.slice(1) === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  let frame = 0;
  const schedule = () => {
    frame ||= requestAnimationFrame(mark);
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule);
  mark();

  // On a narrow screen the list closes once the reader picked a section, so it does not cover the page.
  const collapsible = document.querySelector<HTMLDetailsElement>('details.toc');
  collapsible?.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) collapsible.open = false;
  });
}
