/**
 * Every guide's access policies: rendered from the same checked parameters as
 * its programs, read by a real parser of each service's format (JSON.parse for
 * IAM, HashiCorp's HCL v1 parser as Vault uses it, YAML with Conjur's tags),
 * and granting exactly the one read the programs make: no wildcard, no other
 * path, no other privilege.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, defineMappingTag, defineScalarTag, load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRetrievalMethods, renderTemplate, resolveSnippetParameters, type SnippetContext } from '../../src/generator';
import { readSecretGuides } from '../../src/lib/read-guides';
import { run, toolchainEnv } from '../snippets/process';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VAULT_POLICY_PARSER = fileURLToPath(new URL('vault-policy/main.go', import.meta.url));

const methods = loadRetrievalMethods();
const guides = readSecretGuides(ROOT).map(({ file, data }) => ({
  id: data.id,
  context: resolveSnippetParameters(file, data.id, data.snippet, data.name),
}));
const policy = (methodId: string, context: SnippetContext) => {
  const access = methods.find((method) => method.id === methodId)?.access;
  if (!access) throw new Error(`templates/${methodId}/method.json describes no access policy`);
  return renderTemplate(access, context);
};

/** Conjur's policy tags, each read as a one-key object: !variable x -> { variable: "x" }. */
const conjurTag = (name: string) => defineScalarTag(`!${name}`, { resolve: (source) => ({ [name]: source }), identify: () => false });
const permit = defineMappingTag<Record<string, unknown>, { permit: Record<string, unknown> }>('!permit', {
  create: () => ({}),
  addPair(carrier, key, value) {
    carrier[String(key)] = value;
    return '';
  },
  has: (carrier, key) => Object.hasOwn(carrier, String(key)),
  keys: (result) => Object.keys(result.permit),
  get: (result, key) => result.permit[String(key)],
  finalize: (carrier) => ({ permit: carrier }),
  identify: () => false,
});
const CONJUR_SCHEMA = CORE_SCHEMA.withTags(conjurTag('variable'), conjurTag('host'), permit);

describe('access policies', () => {
  it('every method that reaches a service describes the access its programs need', () => {
    expect(methods.filter((method) => method.access).map((method) => method.id)).toEqual([
      'aws-secrets-manager',
      'hashicorp-vault',
      'cyberark-conjur',
    ]);
  });

  it.each(guides)('$id: the IAM policy allows GetSecretValue on this one secret only', ({ context }) => {
    const document = JSON.parse(policy('aws-secrets-manager', context));
    expect(document).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: `Read${context.names.pascal}`,
          Effect: 'Allow',
          Action: 'secretsmanager:GetSecretValue',
          Resource: `arn:aws:secretsmanager:REGION:ACCOUNT_ID:secret:${context.aws.secretId}-??????`,
        },
      ],
    });
    // IAM statement ids are alphanumeric; the only wildcards are the six characters of the ARN suffix.
    expect(document.Statement[0].Sid).toMatch(/^[A-Za-z0-9]+$/);
    expect(document.Statement[0].Resource.replace(/-\?{6}$/, '')).not.toMatch(/[*?]/);
  });

  it.each(guides)('$id: the Conjur policy grants the host read and execute on this variable only', ({ context }) => {
    const variable = { variable: context.conjur.variableId };
    expect(load(policy('cyberark-conjur', context), { schema: CONJUR_SCHEMA })).toEqual([
      variable,
      { permit: { role: { host: 'ci/app' }, privileges: ['read', 'execute'], resource: variable } },
    ]);
  });

  describe('Vault policies, parsed by HashiCorp’s HCL parser as Vault parses them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leakfix-vault-policies-'));
    let parsed: Record<string, { rules?: { path: string; capabilities: string[] }[]; error?: string }>;
    beforeAll(async () => {
      const files = guides.map(({ id, context }) => {
        const file = join(dir, `${id}.hcl`);
        writeFileSync(file, policy('hashicorp-vault', context));
        return file;
      });
      // Debian's golang-github-hashicorp-hcl-dev, in GOPATH mode; one run for every guide.
      const env = toolchainEnv({ GO111MODULE: 'off', GOFLAGS: '', GOPATH: '/usr/share/gocode', GOCACHE: join(tmpdir(), 'leakfix-go-build-cache') });
      const result = await run('go', ['run', VAULT_POLICY_PARSER, ...files], { env, cwd: dir, timeoutMs: 120_000 });
      if (result.code !== 0) throw new Error(`the Vault policy parser failed:\n${result.stderr}${result.stdout}`);
      parsed = JSON.parse(result.stdout);
    }, 180_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each(guides)('$id: read on the exact KV v2 data path, and nothing else', ({ id, context }) => {
      const { mount, path } = context.vault;
      expect(parsed[join(dir, `${id}.hcl`)]).toEqual({ rules: [{ path: `${mount}/data/${path}`, capabilities: ['read'] }] });
      // Vault policy paths treat * and + as globs: the parameter rules keep them out.
      expect(path).not.toMatch(/[*+]/);
    });
  });
});
