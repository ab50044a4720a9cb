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
    sources: z.array(sourceSchema).default([]),
    lastReviewed: z.coerce.date({ error: 'a date such as 2026-11-29' }),
  })
  .strict();

export type GuideFrontmatter = z.output<typeof guideSchema>;
