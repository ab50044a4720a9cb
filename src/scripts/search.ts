/**
 * Search over the Pagefind index that scripts/build.mjs writes to <base>pagefind/. The header box shows the best
 * results in a panel under it as the reader types; /search/ shows all of them, with filters, and keeps the query in
 * its URL. Every result is a plain link: the guide, then the sections that match best.
 */
import { answersFor, bestMatches, FEW_RESULTS, GENERAL_GUIDES_CATEGORY, type SearchAnswer } from '../lib/search-results';
import { indexQuery, searchableTerm } from '../lib/search-term';
import { withBase } from '../lib/urls';

/** The parts of Pagefind's result data used here (https://pagefind.app/docs/api/). */
interface Section {
  title: string;
  url: string;
  excerpt: string;
  /** Pagefind's score for each matching word: higher for rarer words and for words in headings. */
  weighted_locations: { balanced_score: number }[];
  /** Absent on the entry for the page's text before its first heading. */
  anchor?: { id: string };
}
interface Guide {
  url: string;
  excerpt: string;
  meta: { title?: string; name?: string; provider?: string; category?: string };
  sub_results: Section[];
}
interface Hit {
  id: string;
  score: number;
  data(): Promise<Guide>;
}
type Filters = Record<string, string>;
interface Pagefind {
  options(options: { baseUrl: string; excerptEllipsis: string }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: { filters: Filters }): Promise<{ results: Hit[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const HEADER_RESULTS = 5;

let answers: Promise<SearchAnswer[]> | undefined;

/**
 * The general guides and the words they answer (src/pages/search/answers.json.ts), fetched once. Without them search
 * still works: the index's own ranking applies.
 */
function readAnswers(): Promise<SearchAnswer[]> {
  answers ??= fetch(withBase('search/answers.json'))
    .then((response) => (response.ok ? (response.json() as Promise<SearchAnswer[]>) : []))
    .catch(() => []);
  return answers;
}

/**
 * The results to show, best first: the general guides that answer a general question ("revoke"), then what the index
 * ranks best. Plain words appear on nearly every guide, so the index alone cannot tell the guide about them from the
 * many that mention them. The answers are looked up among the general guides only, a handful of pages.
 */
async function findGuides(engine: Pagefind, term: string, filters: Filters): Promise<Hit[]> {
  const all = (await engine.search(term ? indexQuery(term) : null, { filters })).results;
  const found = bestMatches(all);
  const urls = Object.keys(filters).length === 0 ? answersFor(term, await readAnswers()) : [];
  if (urls.length === 0) return found;
  const general = (await engine.search(indexQuery(term), { filters: { category: GENERAL_GUIDES_CATEGORY } })).results;
  const pages = await Promise.all(general.map(async (hit) => ({ hit, url: (await hit.data()).url })));
  const answers = urls.flatMap((url) => pages.filter((page) => page.url === url).map((page) => page.hit));
  // Many pages that all match alike ("revoke" is a heading on every guide): the answer is the result, not the crowd.
  const crowd = all.length > FEW_RESULTS && found.length === all.length;
  // The answers lead a short list: past the first few, the other pages only mention the question's words.
  return [...answers, ...(crowd ? [] : found.filter((hit) => !answers.some((answer) => answer.id === hit.id)))].slice(0, FEW_RESULTS);
}
const PAGE_RESULTS = 10;
const SECTIONS_PER_GUIDE = 3;

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind from this site on first use. A runtime URL, not bundled: the index is written after the build. */
function pagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    void readAnswers(); // in parallel with the index, which the first query needs anyway
    const module = (await import(/* @vite-ignore */ withBase('pagefind/pagefind.js'))) as Pagefind;
    await module.options({ baseUrl: withBase(''), excerptEllipsis: '…' });
    await module.init();
    return module;
  })().catch((error: unknown) => {
    loading = undefined; // the next keystroke tries again
    throw error;
  });
  return loading;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const anchor = element('a', className, text);
  anchor.href = href;
  return anchor;
}

/** Pagefind's excerpts are escaped page text with <mark> around the matches: rebuilt from text, nothing else gets in. */
function excerpt(html: string): HTMLParagraphElement {
  const paragraph = element('p', 'search-excerpt');
  for (const node of new DOMParser().parseFromString(html, 'text/html').body.childNodes) {
    paragraph.append(node.nodeName === 'MARK' ? element('mark', undefined, node.textContent ?? '') : (node.textContent ?? ''));
  }
  return paragraph;
}

const sectionScore = (section: Section) => section.weighted_locations.reduce((sum, word) => sum + word.balanced_score, 0);

/** The best-matching sections first, so "revoke circleci" offers "Revoke and rotate" at the top. */
function bestSections(guide: Guide): Section[] {
  return guide.sub_results
    .filter((section) => section.anchor)
    .sort((a, b) => sectionScore(b) - sectionScore(a))
    .slice(0, SECTIONS_PER_GUIDE);
}

/**
 * A guide and its best sections. The panel shows the best section's excerpt once, then the section links; the search
 * page gives each section its excerpt. (The page's own excerpt is mostly its title again, the heaviest text.)
 */
function resultItem(guide: Guide, excerptPerSection: boolean): HTMLLIElement {
  const item = element('li', 'search-result');
  item.append(link(guide.url, guide.meta.name ?? guide.meta.title ?? guide.url, 'search-result-title'));
  const context = [guide.meta.provider, guide.meta.category].filter(Boolean).join(' · ');
  if (context) item.append(element('p', 'search-result-context', context));
  const sections = bestSections(guide);
  if (!excerptPerSection || sections.length === 0) item.append(excerpt(sections[0]?.excerpt ?? guide.excerpt));
  if (sections.length > 0) {
    const list = element('ul', 'search-sections');
    for (const section of sections) {
      const entry = element('li');
      entry.append(link(section.url, section.title));
      if (excerptPerSection) entry.append(excerpt(section.excerpt));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

function searchPageUrl(term: string, filters: Filters = {}): string {
  const query = new URLSearchParams(Object.entries({ q: term, ...filters }).filter(([, value]) => value)).toString();
  return withBase('search/') + (query ? `?${query}` : '');
}

const countText = (count: number) => (count === 1 ? '1 guide found.' : `${count} guides found.`);

function initHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
  const message = form.querySelector<HTMLElement>('[data-search-message]')!;
  const allResults = form.querySelector<HTMLAnchorElement>('[data-search-all]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  let latest = 0;

  const close = () => {
    panel.hidden = true;
  };
  const showMessage = (text: string) => {
    list.replaceChildren();
    message.textContent = text;
    message.hidden = false;
    status.textContent = text;
    panel.hidden = false;
  };

  const update = async () => {
    const term = searchableTerm(input.value);
    const ticket = ++latest;
    if (!term) {
      close();
      status.textContent = '';
      return;
    }
    // Show results only for the latest keystroke, and only while the reader is still in the box or its panel.
    const wanted = () => ticket === latest && form.contains(document.activeElement);
    let hits: Hit[];
    let guides: Guide[];
    try {
      hits = await findGuides(await pagefind(), term, {});
      guides = await Promise.all(hits.slice(0, HEADER_RESULTS).map((hit) => hit.data()));
    } catch {
      if (wanted()) showMessage('Search could not load. Browse all secret types instead.');
      return;
    }
    if (!wanted()) return;
    allResults.href = searchPageUrl(term);
    if (hits.length === 0) return showMessage(`No guide matches “${term}”.`);
    list.replaceChildren(...guides.map((guide) => resultItem(guide, false)));
    message.hidden = true;
    status.textContent = `${countText(hits.length)} Press the down arrow to browse them.`;
    panel.hidden = false;
  };

  input.addEventListener('input', update);
  input.addEventListener('click', () => {
    if (panel.hidden) void update(); // back in a box that still holds a query
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (panel.hidden) void update();
      else panel.querySelector('a')?.focus();
    } else if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault(); // a second Escape clears the box, as in any search field
      close();
    }
  });
  // Arrow keys move between the panel's links, Tab moves as usual, Escape goes back to the box.
  panel.addEventListener('keydown', (event) => {
    const links = [...panel.querySelectorAll('a')];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const targets: Record<string, HTMLElement | undefined> = {
      ArrowDown: links[Math.min(current + 1, links.length - 1)],
      ArrowUp: current > 0 ? links[current - 1] : input,
      Home: links[0],
      End: links.at(-1),
      Escape: input,
    };
    const target = targets[event.key];
    if (!target) return;
    event.preventDefault();
    if (event.key === 'Escape') close();
    target.focus();
  });
  // A link to a section of the page already open scrolls there; the panel must not stay over it.
  panel.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) close();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  // This module loads when the reader first enters the box: warm the index up, and answer what they typed meanwhile.
  void pagefind().catch(() => undefined);
  if (input.value) void update();
}

async function initSearchPage(page: HTMLElement): Promise<void> {
  document.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true;
  page.hidden = false;
  const form = page.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];
  const status = page.querySelector<HTMLElement>('[data-search-status]')!;
  const hint = page.querySelector<HTMLElement>('[data-search-hint]')!;
  const list = page.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = page.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  let engine: Pagefind;
  try {
    engine = await pagefind();
    const available = await engine.filters();
    for (const select of selects) {
      const name = select.dataset.searchFilter!;
      const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b, 'en'));
      select.append(...values.map((value) => new Option(value, value)));
      const wanted = params.get(name) ?? '';
      select.value = values.includes(wanted) ? wanted : '';
    }
  } catch {
    status.textContent = 'Search could not load.';
    hint.hidden = false;
    return;
  }

  let hits: Hit[] = [];
  let latest = 0;

  /** Shows the next results; a new query replaces the list, "More results" extends it. Returns the first new item. */
  const showNext = async (ticket: number, fresh: boolean) => {
    const start = fresh ? 0 : list.childElementCount;
    const guides = await Promise.all(hits.slice(start, start + PAGE_RESULTS).map((hit) => hit.data()));
    if (ticket !== latest) return undefined;
    const items = guides.map((guide) => resultItem(guide, true));
    if (fresh) list.replaceChildren(...items);
    else list.append(...items);
    more.hidden = list.childElementCount >= hits.length;
    return items[0];
  };

  const update = async () => {
    const ticket = ++latest;
    const term = searchableTerm(input.value);
    const filters: Filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.searchFilter!, s.value]));
    history.replaceState(null, '', searchPageUrl(term, filters));
    if (!term && Object.keys(filters).length === 0) {
      hits = [];
      list.replaceChildren();
      status.textContent = '';
      hint.hidden = more.hidden = true;
      return;
    }
    const found = await findGuides(engine, term, filters);
    if (ticket !== latest) return;
    hits = found;
    await showNext(ticket, true);
    if (ticket !== latest) return;
    status.textContent = found.length === 0 ? 'No guide matches.' : countText(found.length);
    hint.hidden = found.length > 0;
  };

  input.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault(); // results are already on the page
    void update();
  });
  more.addEventListener('click', async () => {
    // Keyboard readers continue from the first new result rather than from a button that may now be hidden.
    (await showNext(latest, false))?.querySelector('a')?.focus();
  });
  if (input.value || selects.some((s) => s.value)) await update();
}

// Loaded on demand (search-on-demand.ts): enhance the search boxes the page has.
for (const form of document.querySelectorAll<HTMLFormElement>('[data-search-box]')) initHeaderSearch(form);
const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
if (searchPage) void initSearchPage(searchPage);
