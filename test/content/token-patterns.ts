/**
 * Patterns of real, live-looking credentials, after the public rules of
 * gitleaks and TruffleHog. An example value on a page must match none of
 * them: a fake token that a scanner reports as live wastes a responder's time.
 */
export const REAL_TOKEN_PATTERNS: Record<string, RegExp> = {
  'AWS access key id': /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/,
  'CircleCI personal token': /\bCCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}\b/,
  'GitHub token': /\bgh[pousr]_[A-Za-z0-9]{36}\b/,
  'GitHub fine-grained token': /\bgithub_pat_[A-Za-z0-9_]{82}\b/,
  'GitLab token': /\bglpat-[A-Za-z0-9_-]{20}\b/,
  'npm token': /\bnpm_[A-Za-z0-9]{36}\b/,
  'Google API key': /\bAIza[0-9A-Za-z_-]{35}\b/,
  'OpenAI key': /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20}T3BlbkFJ[A-Za-z0-9_-]{20,}/,
  'Anthropic key': /\bsk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{80,}/,
  'Slack token': /\bxox[abposr]-(?:\d+-){1,3}[A-Za-z0-9]{10,}/,
  'Slack webhook': /hooks\.slack\.com\/services\/T[A-Z0-9]{8,}\/B[A-Z0-9]{8,}\/[A-Za-z0-9]{24}/,
  'Stripe key': /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{24,}\b/,
  'SendGrid key': /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/,
  'Hugging Face token': /\bhf_[A-Za-z]{34}\b/,
  'PyPI token': /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/,
  'private key': /-----BEGIN[A-Z ]*PRIVATE KEY-----\s*[A-Za-z0-9+/=\s]{64,}/,
};

export function realTokenIn(text: string): string | undefined {
  for (const [name, pattern] of Object.entries(REAL_TOKEN_PATTERNS)) {
    const match = pattern.exec(text);
    if (match) return `${name}: ${match[0].slice(0, 24)}…`;
  }
  return undefined;
}
