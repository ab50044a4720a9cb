/**
 * The content collections. Guides live in the top-level content/ folder; their
 * shapes are defined once in src/schemas/. Each entry is checked as it loads,
 * so a broken guide fails the build with one message naming the file and field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { secretSchema } from './schemas/secret';
import { guideSchema } from './schemas/guide';
import { checkEntry } from './lib/frontmatter';

const secrets = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content/secrets',
    generateId: ({ entry, data }) => checkEntry('content/secrets', entry, data, secretSchema, 'id'),
  }),
  schema: secretSchema,
});

const guides = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content/guides',
    generateId: ({ entry, data }) => checkEntry('content/guides', entry, data, guideSchema, 'slug'),
  }),
  schema: guideSchema,
});

export const collections = { secrets, guides };
