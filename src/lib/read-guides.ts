/**
 * Reads secret guides' frontmatter straight from content/secrets/ without
 * Astro, for the snippet CLI and the tests. Same schema, same error messages
 * as the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { secretSchema, type SecretFrontmatter } from '../schemas/secret';
import { checkEntry, FrontmatterError } from './frontmatter';

export interface SecretGuideFile {
  /** Path relative to the project root, as error messages show it. */
  file: string;
  data: SecretFrontmatter;
}

export function splitFrontmatter(file: string, text: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
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

export function readSecretGuides(root = process.cwd(), folder = 'content/secrets'): SecretGuideFile[] {
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = `${folder}/${name}`;
      const raw = splitFrontmatter(file, readFileSync(join(root, file), 'utf8'));
      checkEntry(folder, name, raw, secretSchema, 'id');
      return { file, data: secretSchema.parse(raw) };
    });
}
