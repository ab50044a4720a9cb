/**
 * Turns the external links of every guide into distinct requests, and the
 * answers back into a report per guide: what `npm run check:links` prints,
 * as text for a maintainer or as JSON (`--json`) for a machine.
 */
import type { ExternalLink, GuideLinks } from './external-links';
import type { LinkOutcome, LinkResult, LinkTarget } from './link-check';

export const OUTCOMES: readonly LinkOutcome[] = ['ok', 'redirected', 'broken', 'server-error', 'timeout', 'refused', 'failed'];

export type CheckedLink = ExternalLink & LinkResult;

export interface LinkReport {
  /** Distinct requests made: a URL used by several guides is requested once. */
  requests: number;
  /** Distinct requests per outcome. */
  counts: Record<LinkOutcome, number>;
  guides: { file: string; links: CheckedLink[] }[];
}

function target(link: ExternalLink): LinkTarget {
  return { url: link.url, method: link.api?.method ?? 'GET', api: Boolean(link.api) };
}

const keyOf = (t: LinkTarget) => `${t.method} ${t.api ? 'api' : 'page'} ${t.url}`;

/** Each distinct request once, in the order the guides first use it. */
export function linkTargets(guides: GuideLinks[]): LinkTarget[] {
  const targets = new Map<string, LinkTarget>();
  for (const link of guides.flatMap((guide) => guide.links)) {
    const t = target(link);
    if (!targets.has(keyOf(t))) targets.set(keyOf(t), t);
  }
  return [...targets.values()];
}

/** `results[i]` is the answer to `targets[i]`. */
export function buildReport(guides: GuideLinks[], targets: LinkTarget[], results: LinkResult[]): LinkReport {
  const byKey = new Map(targets.map((t, i) => [keyOf(t), results[i]!]));
  const counts = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Record<LinkOutcome, number>;
  for (const result of results) counts[result.outcome]++;
  return {
    requests: targets.length,
    counts,
    guides: guides.map(({ file, links }) => ({
      file,
      links: links.map((link) => ({ ...link, ...byKey.get(keyOf(target(link)))! })),
    })),
  };
}

export function hasBrokenLinks(report: LinkReport): boolean {
  return report.counts.broken > 0;
}

/** The text report: per guide, every link that is not plainly ok, then the totals. */
export function formatReport(report: LinkReport): string {
  const lines: string[] = [];
  for (const guide of report.guides) {
    const problems = guide.links.filter((link) => link.outcome !== 'ok');
    if (problems.length === 0) continue;
    lines.push(guide.file);
    for (const link of problems) {
      const outcome = link.status ? `${link.outcome} (${link.status})` : link.outcome;
      const detail = link.finalUrl ? ` → ${link.finalUrl}` : link.error ? ` (${link.error})` : '';
      lines.push(`  ${outcome.padEnd(18)} ${link.where.padEnd(13)} ${link.url}${detail}`);
    }
    lines.push('');
  }
  const totals = OUTCOMES.map((outcome) => `${report.counts[outcome]} ${outcome}`).join(', ');
  const guides = report.guides.length === 1 ? '1 guide' : `${report.guides.length} guides`;
  lines.push(`${report.requests} distinct URLs from ${guides}: ${totals}.`);
  if (report.counts.redirected > 0) lines.push('Redirected: link the final URL if it is the same page (not a sign-in page).');
  if (report.counts.refused > 0) lines.push('Refused: the server would not answer a script; open those in a browser.');
  if (hasBrokenLinks(report)) lines.push('Broken links found: fix them, citing the page that replaced each one.');
  return lines.join('\n');
}
