/**
 * The gitleaks ids of each guide are checked against gitleaks' own rules, not
 * typed by hand: samples generated from the guide's `tokenFormat.pattern` are
 * run through every rule of content/scanners/gitleaks.json as gitleaks would
 * (Go RE2 semantics via re2js; a rule applies only when one of its keywords
 * occurs in the text, case-insensitively; entropy thresholds ignored, as the
 * samples are random anyway). Every id a guide lists must match one of its
 * samples, and every rule that matches must be listed, except the generic
 * rules below. Samples are made at test time and never written anywhere, so
 * the repository holds nothing a secret scanner would flag.
 */
import RandExp from 'randexp';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { readSecretGuides } from '../../src/lib/read-guides';
import { readScannerData } from '../../src/lib/scanner-data';

/** Rules that match any credential-looking assignment, not one provider's token: a guide need not list them. */
const GENERIC_RULES: Record<string, string> = {
  'generic-api-key': 'matches any high-entropy value after a word such as "key", "token" or "secret"',
};

const SAMPLES_PER_GUIDE = 40;

/** A small seeded generator, so a failure names samples that the next run makes again. */
function seeded(seed: number): (a: number, b: number) => number {
  let state = seed >>> 0;
  return (a, b) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return a + Math.floor(unit * (b - a + 1));
  };
}

export function samplesOf(pattern: string, count: number, seed: number): string[] {
  const generator = new RandExp(pattern);
  generator.randInt = seeded(seed);
  return Array.from({ length: count }, () => generator.gen());
}

interface CompiledRule {
  id: string;
  keywords: string[];
  regex: RE2JS;
}

const rules: CompiledRule[] = readScannerData()
  .gitleaks.rules.filter((rule) => rule.regex !== undefined) // pkcs12-file matches on the file path only
  .map((rule) => ({ id: rule.id, keywords: rule.keywords.map((k) => k.toLowerCase()), regex: RE2JS.compile(rule.regex!) }));

/** The ids of the rules gitleaks would report for this text. */
export function matchingRules(text: string): string[] {
  const lower = text.toLowerCase();
  return rules
    .filter((rule) => rule.keywords.length === 0 || rule.keywords.some((keyword) => lower.includes(keyword)))
    .filter((rule) => rule.regex.matcher(text).find())
    .map((rule) => rule.id);
}

const guides = readSecretGuides().filter((guide) => guide.data.tokenFormat.pattern !== undefined);
const known = new Set(readScannerData().gitleaks.rules.map((rule) => rule.id));

describe('the gitleaks check itself', () => {
  it('compiles every rule with a regex as Go RE2', () => {
    expect(rules.length).toBe(readScannerData().gitleaks.rules.length - 1);
  });

  it('lists only generic rules that gitleaks has', () => {
    expect(Object.keys(GENERIC_RULES).filter((id) => !known.has(id))).toEqual([]);
  });

  it('applies a rule only when one of its keywords occurs, in any case', () => {
    // A rule's own regex alone would match this; gitleaks' keyword prefilter ("ops_") makes the difference.
    expect(matchingRules(`OPS_eyJ${'A'.repeat(260)}`)).not.toContain('1password-service-account-token');
  });

  it('catches the mistakes it was written for: a rotating Slack user token and a GCP key file', () => {
    const ids = (pattern: string) => new Set(samplesOf(pattern, 10, 3).flatMap(matchingRules));
    const rotatingUserToken = ids('xoxe\\.xoxp-1-[A-Z0-9]{163,166}');
    expect(rotatingUserToken).toContain('slack-config-access-token');
    expect(rotatingUserToken).not.toContain('slack-user-token');
    const keyFile = ids('"private_key": "-----BEGIN PRIVATE KEY-----\\n[A-Za-z0-9+/]{64,128}\\n-----END PRIVATE KEY-----\\n"');
    expect(keyFile).toContain('private-key');
  });

  it('makes the same samples on every run, each matching the pattern it came from', () => {
    const pattern = 'ex_[a-f0-9]{8}(-[0-9])?';
    expect(samplesOf(pattern, 5, 7)).toEqual(samplesOf(pattern, 5, 7));
    for (const sample of samplesOf(pattern, 20, 7)) expect(sample).toMatch(new RegExp(`^(?:${pattern})$`));
  });
});

describe.each(guides.map((guide) => [guide.file, guide] as const))('%s', (file, { data }) => {
  const pattern = data.tokenFormat.pattern!;
  const samples = samplesOf(pattern, SAMPLES_PER_GUIDE, 1);
  const matched = new Map<string, string>(); // rule id -> first sample it matched
  for (const sample of samples) {
    for (const id of matchingRules(sample)) if (!matched.has(id)) matched.set(id, sample);
  }
  const listed = data.detectors.gitleaks;
  // Shown shortened: a failure message must not itself look like a whole token.
  const shorten = (sample: string) => (sample.length > 16 ? `${sample.slice(0, 12)}…` : sample);

  it('generates samples that match tokenFormat.pattern in full', () => {
    const whole = new RegExp(`^(?:${pattern})$`);
    expect(samples.filter((sample) => !whole.test(sample)).map(shorten)).toEqual([]);
  });

  it(`every gitleaks id in detectors.gitleaks matches a sample of tokenFormat.pattern`, () => {
    const unmatched = listed.filter((id) => !matched.has(id));
    expect(unmatched, `${file}: detectors.gitleaks lists ${JSON.stringify(unmatched)}, which match no sample of ${pattern}`).toEqual([]);
  });

  it('every non-generic gitleaks rule that matches a sample is in detectors.gitleaks', () => {
    const missing = [...matched.keys()].filter((id) => !listed.includes(id) && !(id in GENERIC_RULES));
    const detail = missing.map((id) => `${id} (matches ${shorten(matched.get(id)!)})`).join(', ');
    expect(missing, `${file}: detectors.gitleaks should also list ${detail}`).toEqual([]);
  });
});
