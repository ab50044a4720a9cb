import { describe, expect, it } from 'vitest';
import { GUIDE_SECTIONS } from '../../src/lib/sections';
import { RESPONSE_STEPS, escapeMarkdown, ticketChecklist, type ChecklistSecret } from '../../src/lib/ticket-checklist';

const secret: ChecklistSecret = {
  id: 'example-token',
  name: 'Example token',
  provider: 'Example',
  links: { revoke: 'https://example.com/tokens', audit: 'https://example.com/audit' },
  lastReviewed: new Date('2026-11-29'),
};
const location = { site: 'https://kb.example.org', base: '/leakfix/' };
const text = ticketChecklist(secret, location);
const page = 'https://kb.example.org/leakfix/secrets/example-token/';

describe('ticketChecklist', () => {
  it('lists the first-response steps in order, each as an unchecked task linking to its section', () => {
    const tasks = text.split('\n').filter((line) => line.startsWith('- [ ] '));
    expect(tasks.slice(0, 4).map((line) => /\]\(([^)]+)\)/.exec(line)?.[1])).toEqual([
      `${page}#revoke`,
      `${page}#impacted-services`,
      `${page}#check-usage`,
      'https://kb.example.org/leakfix/guides/secret-leak-response/#eradicate',
    ]);
    expect(tasks.slice(0, 4).map((line) => /^- \[ \] \[([^\]]+)\]/.exec(line)?.[1])).toEqual(RESPONSE_STEPS.map((s) => s.label));
  });

  it('adds the follow-ups after the steps', () => {
    const followUps = text.slice(text.indexOf('### Follow-ups'));
    expect(followUps).toContain(`${page}#prevent-hardcoding`);
    expect(followUps).toContain(`${page}#best-practices`);
    expect(followUps).toContain('https://kb.example.org/leakfix/guides/secret-leak-response/#learn');
    expect(text.indexOf('### Follow-ups')).toBeGreaterThan(text.indexOf('secret-leak-response/#eradicate'));
  });

  it('links only to absolute URLs under the site and base, or to the provider', () => {
    const urls = [...text.matchAll(/https?:\/\/[^\s)]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith('https://kb.example.org/leakfix/') || url.startsWith('https://example.com/'), url).toBe(true);
  });

  it('leaves blanks for the owner, the dates and where it leaked', () => {
    expect(text).toContain('Owner: ____');
    expect(text).toMatch(/Where it leaked[^\n]*: ____/);
    expect(text).toMatch(/Leaked since \(date\): ____/);
    expect(text).toMatch(/Found on \(date\): ____/);
    expect(text).toMatch(/Revoked on[^\n]*: ____/);
  });

  it("includes the provider's pages only when the guide has them", () => {
    expect(text).toContain('Example token page: https://example.com/tokens');
    expect(text).toContain('Example audit log: https://example.com/audit');
    const bare = ticketChecklist({ ...secret, links: {} }, location);
    expect(bare).not.toContain('example.com');
  });

  it('names the guide and its review date', () => {
    expect(text.split('\n')[0]).toBe('## Leaked Example token: response checklist');
    expect(text).toContain(`Guide: ${page} (reviewed 2026-11-29)`);
  });

  it('only links to sections of the permalink contract', () => {
    const ids = GUIDE_SECTIONS.map((s) => s.id) as string[];
    for (const m of text.matchAll(new RegExp(`${page}#([a-z-]+)`, 'g'))) expect(ids).toContain(m[1]);
  });

  it('escapes Markdown in names', () => {
    expect(escapeMarkdown('My *token* [v2]_x')).toBe('My \\*token\\* \\[v2\\]\\_x');
    expect(ticketChecklist({ ...secret, name: 'A [b]' }, location)).toContain('Leaked A \\[b\\]: response checklist');
  });
});
