/** The frontmatter of a general guide (`content/guides/<slug>.mdx`). */
import { z } from 'astro/zod';
import { sourceSchema } from './secret';

export const guideSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case slug equal to the file name'),
    title: z.string().trim().min(1, 'a non-empty title'),
    description: z.string().trim().min(1, 'a one-sentence description').max(280, 'at most 280 characters'),
    /** Lower numbers are listed first on the home page and in /guides/. */
    order: z.number().int().default(100),
    /**
     * The plain words readers type when this guide answers their question ("revoke", "leaked password"). A query that
     * these words cover lists this guide first, above the secret guides that merely mention them (src/lib/search-results.ts).
     * Name a provider only within a phrase ("slack message", "circleci logs"): a bare "slack" would put this guide above
     * the provider's own secret guide.
     */
    searchTerms: z.array(z.string().trim().min(1, 'a non-empty search term')).default([]),
    sources: z.array(sourceSchema).default([]),
    lastReviewed: z.coerce.date({ error: 'a date such as 2026-11-29' }),
  })
  .strict();

export type GuideFrontmatter = z.output<typeof guideSchema>;
