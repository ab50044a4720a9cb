/**
 * Every guide says under its title when its facts were last reviewed, and one
 * reviewed more than 12 months before the build date warns the reader. Test
 * builds fix the build date (TEST_BUILD_DATE), so nothing here depends on today.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshness } from '../../src/lib/freshness';
import { readGeneralGuides, readSecretGuides } from '../../src/lib/read-guides';
import { buildProject, PROJECT_BUILD_TIMEOUT, projectWith, TEST_BUILD_DATE } from '../support/project-copy';
import { readPage } from '../support/site';

const NOTICE = '<p class="stale-notice"';

function header(html: string): string {
  const match = /<header class="guide-header">([\s\S]*?)<\/header>/.exec(html);
  if (!match) throw new Error('the page has no guide header');
  return match[1]!;
}

/** The date in the header's "Facts last reviewed" line, if the header has one. */
function reviewedLine(headerHtml: string): string | undefined {
  return /<p class="reviewed"[^>]*>Facts last reviewed <time datetime="(\d{4}-\d{2}-\d{2})">\1<\/time><\/p>/.exec(headerHtml)?.[1];
}

const pages = [
  ...readSecretGuides().map(({ data }) => ({ url: `/secrets/${data.id}/`, lastReviewed: data.lastReviewed })),
  ...readGeneralGuides().map(({ data }) => ({ url: `/guides/${data.slug}/`, lastReviewed: data.lastReviewed })),
];

describe.each(pages)('$url', ({ url, lastReviewed }) => {
  const html = header(readPage(url));
  const { reviewed, stale } = freshness(lastReviewed, new Date(`${TEST_BUILD_DATE}T00:00:00Z`));

  it('shows the review date under the title as a machine-readable <time>', () => {
    expect(reviewedLine(html)).toBe(reviewed);
  });

  it(`warns that facts may have changed exactly when they are more than 12 months old on ${TEST_BUILD_DATE}`, () => {
    expect(html.includes(NOTICE)).toBe(stale);
  });
});

describe('a guide reviewed more than 12 months before the build date', () => {
  it('shows the notice, linking to its sources; a recent one built beside it does not', () => {
    const root = projectWith(
      readFileSync('test/fixtures/secrets/example-api-token.mdx', 'utf8').replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-11-29'),
    );
    const general = join(root, 'content/guides/example-general-guide.mdx');
    writeFileSync(general, readFileSync(general, 'utf8').replace(/^lastReviewed: .*$/m, 'lastReviewed: 2027-11-30'));
    // 13 months after the secret guide's review, 1 month after the general guide's.
    const { status, output } = buildProject(root, { LEAKFIX_BUILD_DATE: '2027-12-30' });
    expect(status, output).toBe(0);

    const old = header(readFileSync(join(root, 'dist/secrets/example-api-token/index.html'), 'utf8'));
    expect(reviewedLine(old)).toBe('2026-11-29');
    const notice = old.slice(old.indexOf(NOTICE));
    expect(notice).toMatch(/^<p class="stale-notice"[^>]*>\s*<strong>These facts may have changed\.<\/strong>/);
    expect(notice).toContain('more than 12 months ago');
    expect(notice).toContain('<a href="#sources">sources</a>');

    const recent = header(readFileSync(join(root, 'dist/guides/example-general-guide/index.html'), 'utf8'));
    expect(reviewedLine(recent)).toBe('2027-11-30');
    expect(recent).not.toContain(NOTICE);
  }, PROJECT_BUILD_TIMEOUT);
});
