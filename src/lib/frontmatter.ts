/**
 * Frontmatter checks that name the file: the build, the snippet CLI and the
 * tests all report a bad guide the same way, as one message with the file,
 * the field, what was expected and what was found.
 */
import { basename, extname } from 'node:path';
import type { z } from 'astro/zod';

export class FrontmatterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrontmatterError';
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function typeOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** Turns a zod error into "file: field must be …; received …" lines, one per problem. */
export function formatFrontmatterIssues(file: string, data: unknown, error: z.ZodError, what = 'frontmatter'): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(frontmatter)';
    const found = valueAt(data, issue.path);
    let expected = issue.message;
    if (issue.code === 'invalid_type') expected = `${issue.expected} (it is ${typeOf(found)})`;
    if (issue.code === 'unrecognized_keys') return `  - ${field === '(frontmatter)' ? '' : field + ': '}unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling against src/schemas/`;
    if (issue.code === 'invalid_value') expected = `one of ${issue.values.map(String).join(', ')}`;
    return `  - "${field}" must be ${expected}; received ${describe(found)}`;
  });
  return `Invalid ${what} in ${file}:\n${lines.join('\n')}`;
}

const claimedBy = new Map<string, string>();

/**
 * Validates one entry's raw frontmatter and returns its public id, which must
 * equal the file name: a rename can then never silently move a URL.
 */
export function checkEntry<T extends z.ZodType>(
  folder: string,
  entry: string,
  data: Record<string, unknown>,
  schema: T,
  idField: 'id' | 'slug',
): string {
  const file = `${folder}/${entry}`;
  const result = schema.safeParse(data);
  if (!result.success) throw new FrontmatterError(formatFrontmatterIssues(file, data, result.error));
  const fromName = basename(entry, extname(entry));
  const id = data[idField];
  if (id !== fromName) {
    throw new FrontmatterError(`Invalid frontmatter in ${file}:\n  - "${idField}" must equal the file name "${fromName}"; received ${describe(id)}`);
  }
  const owner = claimedBy.get(`${folder}/${id}`);
  if (owner && owner !== file) throw new FrontmatterError(`Duplicate ${idField} in ${file}: "${id}" is already used by ${owner}`);
  claimedBy.set(`${folder}/${id}`, file);
  return id;
}
