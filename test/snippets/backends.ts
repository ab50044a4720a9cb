/**
 * What each retrieval method's programs talk to during verification: the
 * environment variables of a run that must succeed, and of one that must
 * fail, against a local emulator holding the secret; and the edge cases that
 * run once per template (not once per guide): the secret's other shapes, a
 * trailing newline, TLS trust, a server that never answers. Programs get
 * nothing else: no file but a CA certificate or ~/.vault-token, no flag, no
 * changed line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SnippetContext } from '../../src/generator';
import { startConjur, startSecretsManager, startTlsInterceptProxy, startVault } from '../emulators/index';
import { createTestCa, type TestCa } from '../emulators/test-ca';

export interface Backend {
  env(language: string): Record<string, string>;
  failure(language: string): { env: Record<string, string>; message: RegExp };
  close(): Promise<void>;
}

/** What a run under an edge case must show: the secret's length on stdout, or one clean error line. */
export type Expectation = { length: number } | { failure: RegExp };

export interface EdgeCase {
  name: string;
  start(): Promise<{ env(language: string): Record<string, string>; close(): Promise<void> }>;
  expect: Expectation;
}

export interface MethodBackend {
  start(context: SnippetContext, secret: string): Promise<Backend>;
  edgeCases(context: SnippetContext, secret: string): EdgeCase[];
}

const VAULT_TOKEN = 'hvs.leakfix-test-token';
const AWS_REGION = 'us-east-1';
const AWS_KEY_ID = 'AKIALEAKFIXTEST00001';
const AWS_SECRET_KEY = 'leakfix-test-secret-access-key';
const CONJUR = { account: 'leakfix', login: 'host/ci/app', apiKey: 'leakfix-test-api-key' };

/** The programs' own timeout, in seconds, that a server that never answers must trigger. */
export const PROGRAM_TIMEOUT_SECONDS = 10;
const TIMED_OUT = /time(?:d)?[ -]?out|timeout|deadline|abort/i;
const UNTRUSTED = /certificate|certif|SSL|PKIX|x509|verify/i;

// One throwaway CA and one server certificate for 127.0.0.1 serve every TLS emulator of the run.
let testCa: Promise<{ ca: TestCa; tls: { key: Buffer; cert: Buffer } }> | undefined;
function localTls() {
  testCa ??= createTestCa().then(async (ca) => ({ ca, tls: await ca.issue(['127.0.0.1']) }));
  return testCa;
}

const noCase = { close: async () => {} };

function envVars(): MethodBackend {
  return {
    async start(context, secret) {
      return {
        env: () => ({ [context.envVar]: secret }),
        failure: () => ({ env: {}, message: new RegExp(`${context.envVar} is not set`) }),
        ...noCase,
      };
    },
    edgeCases: (context, secret) => [
      {
        name: 'a value with a trailing newline is trimmed',
        start: async () => ({ env: () => ({ [context.envVar]: `${secret}\n` }), ...noCase }),
        expect: { length: secret.length },
      },
    ],
  };
}

function awsSecretsManager(): MethodBackend {
  async function start(context: SnippetContext, stored: string | Buffer, options: { silent?: boolean } = {}) {
    const emulator = await startSecretsManager({
      accessKeyId: AWS_KEY_ID,
      secretAccessKey: AWS_SECRET_KEY,
      region: AWS_REGION,
      secrets: { [context.aws.secretId]: stored },
      silent: options.silent,
    });
    const proxy = await startTlsInterceptProxy({ hosts: [`secretsmanager.${AWS_REGION}.amazonaws.com`], target: emulator.server });
    // The JavaScript SDK honours the endpoint variable. Debian's boto3 1.26 and
    // Go SDK 1.17 predate it and dial the real endpoint: they reach the
    // emulator over real TLS through the intercepting proxy and its test CA.
    const route = (language: string): Record<string, string> =>
      language === 'javascript'
        ? { AWS_ENDPOINT_URL_SECRETS_MANAGER: emulator.url }
        : { HTTPS_PROXY: proxy.url, https_proxy: proxy.url, AWS_CA_BUNDLE: proxy.caFile };
    const env = (language: string, keyId = AWS_KEY_ID) => ({
      ...route(language),
      // Every program reads AWS_REGION (the Python one passes it to boto3, which reads only AWS_DEFAULT_REGION).
      AWS_REGION,
      AWS_ACCESS_KEY_ID: keyId,
      AWS_SECRET_ACCESS_KEY: AWS_SECRET_KEY,
    });
    return {
      env,
      async close() {
        await proxy.close();
        await emulator.close();
      },
    };
  }
  return {
    async start(context, secret) {
      const backend = await start(context, secret);
      return {
        env: (language) => backend.env(language),
        failure: (language) => ({ env: backend.env(language, 'AKIAUNKNOWNKEY000000'), message: /UnrecognizedClientException/ }),
        close: backend.close,
      };
    },
    edgeCases: (context, secret) => [
      {
        name: 'a JSON key/value secret yields the guide’s key',
        start: () => start(context, JSON.stringify({ [context.aws.key]: secret, username: 'ci' })),
        expect: { length: secret.length },
      },
      {
        name: 'a JSON secret without the key is refused',
        start: () => start(context, JSON.stringify({ [`${context.aws.key}-old`]: secret })),
        expect: { failure: new RegExp(`"${context.aws.key}"`) },
      },
      {
        name: 'a binary secret is refused',
        start: () => start(context, Buffer.from(secret)),
        expect: { failure: /binary/ },
      },
      {
        name: 'a value with a trailing newline is trimmed',
        start: () => start(context, `${secret}\n`),
        expect: { length: secret.length },
      },
      {
        name: 'an endpoint that never answers times out',
        start: () => start(context, secret, { silent: true }),
        expect: { failure: TIMED_OUT },
      },
    ],
  };
}

function hashicorpVault(): MethodBackend {
  async function start(
    context: SnippetContext,
    stored: string,
    options: { deleted?: boolean; silent?: boolean; namespace?: string } = {},
  ) {
    const { mount, path, key } = context.vault;
    const { ca, tls } = await localTls();
    const vault = await startVault({
      token: VAULT_TOKEN,
      secrets: { [`${mount}/${path}`]: { [key]: stored } },
      tls,
      requireRequestHeader: true,
      ...options,
    });
    const env = (token = VAULT_TOKEN) => ({ VAULT_ADDR: vault.url, VAULT_TOKEN: token, VAULT_CACERT: ca.caFile });
    return { env, close: () => vault.close() };
  }
  return {
    async start(context, secret) {
      const backend = await start(context, secret);
      return {
        env: () => backend.env(),
        failure: () => ({ env: backend.env('hvs.wrong-token'), message: /403|permission denied/ }),
        close: backend.close,
      };
    },
    edgeCases: (context, secret) => [
      {
        name: 'a value and a token with a trailing newline are trimmed',
        start: async () => {
          const backend = await start(context, `${secret}\n`);
          return { env: () => backend.env(`${VAULT_TOKEN}\n`), close: backend.close };
        },
        expect: { length: secret.length },
      },
      {
        name: 'without VAULT_TOKEN, the token vault login wrote to ~/.vault-token',
        start: async () => {
          const backend = await start(context, secret);
          const home = mkdtempSync(join(tmpdir(), 'leakfix-vault-home-'));
          writeFileSync(join(home, '.vault-token'), VAULT_TOKEN, { mode: 0o600 });
          const { VAULT_TOKEN: _unset, ...env } = backend.env();
          return {
            env: () => ({ ...env, HOME: home }),
            async close() {
              await backend.close();
              rmSync(home, { recursive: true, force: true });
            },
          };
        },
        expect: { length: secret.length },
      },
      {
        name: 'VAULT_NAMESPACE reaches Vault',
        start: async () => {
          const backend = await start(context, secret, { namespace: 'admin/ci' });
          return { env: () => ({ ...backend.env(), VAULT_NAMESPACE: 'admin/ci' }), close: backend.close };
        },
        expect: { length: secret.length },
      },
      {
        name: 'a deleted latest version is reported as deleted',
        start: async () => {
          const backend = await start(context, secret, { deleted: true });
          return { env: () => backend.env(), close: backend.close };
        },
        expect: { failure: /deleted/ },
      },
      {
        name: 'a certificate from a CA not in VAULT_CACERT is refused',
        start: async () => {
          const backend = await start(context, secret);
          const { VAULT_CACERT: _untrusted, ...env } = backend.env();
          return { env: () => env, close: backend.close };
        },
        expect: { failure: UNTRUSTED },
      },
      {
        name: 'a server that never answers times out',
        start: async () => {
          const backend = await start(context, secret, { silent: true });
          return { env: () => backend.env(), close: backend.close };
        },
        expect: { failure: TIMED_OUT },
      },
    ],
  };
}

function cyberarkConjur(): MethodBackend {
  async function start(context: SnippetContext, stored: string, options: { silent?: boolean } = {}) {
    const { ca, tls } = await localTls();
    const conjur = await startConjur({
      ...CONJUR,
      variables: { [context.conjur.variableId]: stored },
      tls,
      requireEncodedIds: true,
      ...options,
    });
    const env = (apiKey = CONJUR.apiKey): Record<string, string> => ({
      CONJUR_APPLIANCE_URL: conjur.url,
      CONJUR_ACCOUNT: CONJUR.account,
      CONJUR_AUTHN_LOGIN: CONJUR.login,
      CONJUR_AUTHN_API_KEY: apiKey,
      CONJUR_CERT_FILE: ca.caFile,
    });
    return { env, close: () => conjur.close() };
  }
  return {
    async start(context, secret) {
      const backend = await start(context, secret);
      return {
        env: () => backend.env(),
        failure: () => ({ env: backend.env('wrong-api-key'), message: /401/ }),
        close: backend.close,
      };
    },
    edgeCases: (context, secret) => [
      {
        name: 'a value and an API key with a trailing newline are trimmed',
        start: async () => {
          const backend = await start(context, `${secret}\n`);
          return { env: () => backend.env(`${CONJUR.apiKey}\n`), close: backend.close };
        },
        expect: { length: secret.length },
      },
      {
        name: 'a certificate from a CA not in CONJUR_CERT_FILE is refused',
        start: async () => {
          const backend = await start(context, secret);
          const { CONJUR_CERT_FILE: _untrusted, ...env } = backend.env();
          return { env: () => env, close: backend.close };
        },
        expect: { failure: UNTRUSTED },
      },
      {
        name: 'a server that never answers times out',
        start: async () => {
          const backend = await start(context, secret, { silent: true });
          return { env: () => backend.env(), close: backend.close };
        },
        expect: { failure: TIMED_OUT },
      },
    ],
  };
}

export const BACKENDS: Record<string, MethodBackend> = {
  'env-vars': envVars(),
  'aws-secrets-manager': awsSecretsManager(),
  'hashicorp-vault': hashicorpVault(),
  'cyberark-conjur': cyberarkConjur(),
};
