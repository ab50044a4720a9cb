/**
 * The rules every snippet parameter must pass: the one definition shared by the
 * generator at build time and the guide page's "Use your names" script, so the
 * browser accepts exactly what the build (and the verification suite) would.
 * Every value ends up inside a string literal or an identifier in five
 * languages, so the rules allow only ASCII letters, digits and a few
 * punctuation marks: no quotes, backslashes, newlines, spaces (except in the
 * label) or `..` path segments, and a maximum length. No imports: this module
 * is bundled into the page.
 */
interface Rule {
  pattern: RegExp;
  maxLength: number;
  expected: string;
  extra?: (value: string) => boolean;
}

const SEGMENT = '[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*';
const SEGMENTS = `^${SEGMENT}(?:/${SEGMENT})*$`;
const noDotSegments = (value: string) => !value.split('/').some((part) => part === '.' || part === '..');

export const PARAMETER_RULES = {
  identifier: {
    pattern: /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
    maxLength: 64,
    expected: 'kebab-case words starting with a letter, such as "circleci-token" (at most 64 characters)',
  },
  label: {
    pattern: /^[A-Za-z0-9][A-Za-z0-9 .()_-]*$/,
    maxLength: 60,
    expected: 'letters, digits, spaces and . ( ) _ - (at most 60 characters)',
  },
  envVar: {
    pattern: /^[A-Z_][A-Z0-9_]*$/,
    maxLength: 100,
    expected: 'an environment variable name matching ^[A-Z_][A-Z0-9_]*$ (at most 100 characters)',
  },
  'aws.secretId': {
    pattern: /^[A-Za-z0-9/_+=.@-]+$/,
    maxLength: 512,
    expected: 'an AWS secret name of 1-512 characters from A-Z a-z 0-9 / _ + = . @ - with no "." or ".." path segment',
    extra: noDotSegments,
  },
  'aws.key': { pattern: /^[A-Za-z0-9_-]+$/, maxLength: 64, expected: 'a JSON key name of letters, digits, _ and - (at most 64 characters)' },
  'vault.mount': {
    pattern: new RegExp(`^${SEGMENT}$`),
    maxLength: 64,
    expected: 'one Vault mount segment of letters, digits, _ - and inner dots (no "/", no "..", at most 64 characters)',
  },
  'vault.path': {
    pattern: new RegExp(SEGMENTS),
    maxLength: 256,
    expected:
      'a Vault secret path of "/"-separated segments of letters, digits, _ - and inner dots (no "..", no leading or trailing "/", at most 256 characters)',
  },
  'vault.key': { pattern: /^[A-Za-z0-9_-]+$/, maxLength: 64, expected: 'a key name of letters, digits, _ and - (at most 64 characters)' },
  'conjur.variableId': {
    pattern: new RegExp(SEGMENTS),
    maxLength: 256,
    expected: 'a Conjur variable id of "/"-separated segments of letters, digits, _ - and inner dots (no "..", at most 256 characters)',
  },
} satisfies Record<string, Rule>;

export type ParameterField = keyof typeof PARAMETER_RULES;

/**
 * The parameters a reader can change on a guide page: the names of things in
 * the team's own deployment. The identifier and label name things inside the
 * program only, so they stay as the guide sets them.
 */
export const CUSTOMISABLE_FIELDS = ['envVar', 'aws.secretId', 'aws.key', 'vault.mount', 'vault.path', 'vault.key', 'conjur.variableId'] as const;
export type CustomisableField = (typeof CUSTOMISABLE_FIELDS)[number];

export function isValidParameter(field: ParameterField, value: unknown): value is string {
  const rule: Rule = PARAMETER_RULES[field];
  return typeof value === 'string' && value.length <= rule.maxLength && rule.pattern.test(value) && (!rule.extra || rule.extra(value));
}
