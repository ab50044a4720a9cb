/**
 * Reads guides' frontmatter straight from content/ without Astro, for the
 * snippet CLI, `npm run check:content` and the tests. Same schemas, same error
 * messages as the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { secretSchema, type SecretFrontmatter } from '../schemas/secret';
import { guideSchema, type GuideFrontmatter } from '../schemas/guide';
import { checkEntry, FrontmatterError } from './frontmatter';

export interface SecretGuideFile {
  /** Path relative to the project root, as error messages show it. */
  file: string;
  data: SecretFrontmatter;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function splitFrontmatter(file: string, text: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new FrontmatterError(`Invalid frontmatter in ${file}: the file must start with a "---" block`);
  let data: unknown;
  try {
    data = load(match[1]!);
  } catch (error) {
    throw new FrontmatterError(`Invalid frontmatter in ${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (!data || typeof data !== 'object') throw new FrontmatterError(`Invalid frontmatter in ${file}: expected a YAML mapping`);
  return data as Record<string, unknown>;
}

/** The MDX after the frontmatter, and the line of the file it starts on (so positions in it can name file lines). */
export function guideBody(text: string): { body: string; firstLine: number } {
  const frontmatter = FRONTMATTER.exec(text)?.[0] ?? '';
  return { body: text.slice(frontmatter.length), firstLine: frontmatter.split('\n').length };
}

export function readSecretGuides(root = process.cwd(), folder = 'content/secrets'): SecretGuideFile[] {
  return readFolder(root, folder, (file, name, raw) => {
    checkEntry(folder, name, raw, secretSchema, 'id');
    return { file, data: secretSchema.parse(raw) };
  });
}

export interface GeneralGuideFile {
  file: string;
  data: GuideFrontmatter;
}

export function readGeneralGuides(root = process.cwd(), folder = 'content/guides'): GeneralGuideFile[] {
  return readFolder(root, folder, (file, name, raw) => {
    checkEntry(folder, name, raw, guideSchema, 'slug');
    return { file, data: guideSchema.parse(raw) };
  });
}

function readFolder<T>(root: string, folder: string, parse: (file: string, name: string, raw: Record<string, unknown>) => T): T[] {
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = `${folder}/${name}`;
      return parse(file, name, splitFrontmatter(file, readFileSync(join(root, file), 'utf8')));
    });
}
