/**
 * "Copy as ticket": a guide's response as a Markdown checklist to paste into
 * Jira, GitHub, GitLab or Linear. The steps follow the first-response box, in
 * order, each with an absolute deep link to its section (the permalink
 * contract), and with blanks the responder fills in. Pure: the page's copy
 * button and /secrets/<id>/checklist.md both render this exact text.
 */
import type { SecretFrontmatter } from '../schemas/secret';
import { sectionTitle, type GuideSectionId } from './sections';
import { guidePath, joinBase, secretPath } from './urls';

/** Where the site is published: Astro's `site` (the origin) and `base` (the sub-path). */
export interface SiteLocation {
  site: URL | string;
  base: string;
}

/** Astro types `site` as optional; every absolute URL here needs it (astro.config.mjs always sets it). */
export function siteLocation(site: URL | undefined, base: string): SiteLocation {
  if (!site) throw new Error('Absolute URLs need `site` in astro.config.mjs (LEAKFIX_SITE)');
  return { site, base };
}

export const absoluteUrl = (location: SiteLocation, path: string): string =>
  new URL(joinBase(location.base, path), location.site).href;

export type ChecklistSecret = Pick<SecretFrontmatter, 'id' | 'name' | 'provider' | 'links' | 'lastReviewed'>;

/** The general guides that cover what is the same for every secret: lessons, and git history, forks and logs. */
const RESPONSE_GUIDE = 'secret-leak-response';
const HISTORY_GUIDE = 'remove-secret-from-git-history';

/**
 * Where "Clean up the leak" leads: the clean-up steps of the general response guide (current code, git history,
 * clones, logs), which are the same for every secret. A guide's own "How it leaks" section has none.
 */
export const CLEAN_UP = { guide: RESPONSE_GUIDE, anchor: 'eradicate' } as const;

/** The first-response steps, in the order of the box at the top of every guide: a section of the guide, or CLEAN_UP. */
export const RESPONSE_STEPS = [
  { section: 'revoke', label: 'Revoke and rotate' },
  { section: 'impacted-services', label: 'Replace it everywhere' },
  { section: 'check-usage', label: 'Check for abuse' },
  { section: null, label: 'Clean up the leak' },
] as const satisfies readonly { section: GuideSectionId | null; label: string }[];

const BLANK = '____';

/** Link text and plain text from frontmatter must not turn into Markdown syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (char) => `\\${char}`);
}

export function ticketChecklist(secret: ChecklistSecret, location: SiteLocation): string {
  const page = absoluteUrl(location, secretPath(secret.id));
  const section = (id: GuideSectionId) => `${page}#${id}`;
  const general = (anchor: string) => `${absoluteUrl(location, guidePath(RESPONSE_GUIDE))}#${anchor}`;
  const stepUrl = (step: (typeof RESPONSE_STEPS)[number]) => (step.section ? section(step.section) : general(CLEAN_UP.anchor));
  const link = (text: string, url: string) => `[${escapeMarkdown(text)}](${url})`;
  const name = escapeMarkdown(secret.name);
  const provider = escapeMarkdown(secret.provider);
  const [revoke, replace, abuse, cleanUp] = RESPONSE_STEPS.map((step) => link(step.label, stepUrl(step)));
  const reviewed = secret.lastReviewed.toISOString().slice(0, 10);

  const lines = [
    `## Leaked ${name}: response checklist`,
    '',
    `Guide: ${page} (reviewed ${reviewed})`,
    '',
    `- Owner: ${BLANK}`,
    `- Where it leaked (repository, file, commit, log or chat): ${BLANK}`,
    `- Leaked since (date): ${BLANK}`,
    `- Found on (date): ${BLANK}`,
    `- Alert or incident link: ${BLANK}`,
    '',
    '### Now, in this order',
    '',
    `- [ ] ${revoke} the leaked ${name}, before any clean-up. Revoked on (date, time): ${BLANK}`,
    ...(secret.links.revoke ? [`  - ${provider} token page: ${secret.links.revoke}`] : []),
    `  - ${link(sectionTitle('generate'), section('generate'))}`,
    `- [ ] ${replace} it is used, so nothing stays broken. Done on: ${BLANK}`,
    `- [ ] ${abuse} in ${provider}'s logs, from before the leak until after revocation. Findings: ${BLANK}`,
    ...(secret.links.audit ? [`  - ${provider} audit log: ${secret.links.audit}`] : []),
    `- [ ] ${cleanUp} where it happened. Done on: ${BLANK}`,
    `  - ${link('Git history, forks and logs', absoluteUrl(location, guidePath(HISTORY_GUIDE)))}`,
    '',
    '### Follow-ups',
    '',
    `- [ ] ${link(sectionTitle('prevent-hardcoding'), section('prevent-hardcoding'))}: read the replacement at run time. Due: ${BLANK}`,
    `- [ ] Apply the ${link(sectionTitle('best-practices').toLowerCase(), section('best-practices'))}. Due: ${BLANK}`,
    `- [ ] ${link('Learn from it', general('learn'))}: what let it leak, and what catches it sooner next time. Due: ${BLANK}`,
    '',
  ];
  return lines.join('\n');
}
