import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, createHmac } from 'node:crypto';
import { request } from 'node:http';
import { startSecretsManager } from './aws-secrets-manager.js';
import { hasPythonModule, runPython } from './python.js';

const AKID = 'AKIAEMULATOR0000TEST';
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const REGION = 'eu-west-1';
const SECRETS = { 'prod/circleci-token': 'circle-abc-123', other: '{"k":"v"}', blob: Buffer.from([0, 1, 254]) };

// A deliberately separate, minimal SigV4 signer (test side) for POST /.
function sign(opts: {
  body: string; host: string; akid?: string; secretKey?: string; region?: string; service?: string;
  target?: string; date?: Date; extraSigned?: Record<string, string>;
}): Record<string, string> {
  const amzDate = (opts.date ?? new Date()).toISOString().replace(/[-:]|\.\d{3}/g, '');
  const day = amzDate.slice(0, 8);
  const region = opts.region ?? REGION;
  const service = opts.service ?? 'secretsmanager';
  const headers: Record<string, string> = {
    'content-type': 'application/x-amz-json-1.1',
    host: opts.host,
    'x-amz-date': amzDate,
    'x-amz-target': opts.target ?? 'secretsmanager.GetSecretValue',
    ...opts.extraSigned,
  };
  const entries = Object.entries(headers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const names = entries.map(([n]) => n);
  const hash = (s: string) => createHash('sha256').update(s).digest('hex');
  const canonical = ['POST', '/', '', entries.map(([n, v]) => `${n}:${v.trim().replace(/\s+/g, ' ')}\n`).join(''), names.join(';'), hash(opts.body)].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const toSign = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${hash(canonical)}`;
  const k = [day, region, service, 'aws4_request'].reduce<Buffer | string>(
    (key, part) => createHmac('sha256', key).update(part).digest(),
    'AWS4' + (opts.secretKey ?? SECRET_KEY),
  );
  const sig = createHmac('sha256', k).update(toSign).digest('hex');
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${opts.akid ?? AKID}/${scope}, SignedHeaders=${names.join(';')}, Signature=${sig}`,
  };
}

// The JS SDK is optional: another part of the project may install it.
interface SmSdk {
  SecretsManagerClient: new (cfg: object) => { send(cmd: object): Promise<Record<string, unknown>>; destroy(): void };
  GetSecretValueCommand: new (input: object) => object;
}
const sdkName = '@aws-sdk/client-secrets-manager';
const sdk = (await import(/* @vite-ignore */ sdkName).catch(() => null)) as SmSdk | null;

describe('aws secrets manager emulator', () => {
  let sm: Awaited<ReturnType<typeof startSecretsManager>>;
  let host: string;
  beforeAll(async () => {
    sm = await startSecretsManager({ accessKeyId: AKID, secretAccessKey: SECRET_KEY, region: REGION, secrets: SECRETS });
    host = new URL(sm.url).host;
  });
  afterAll(() => sm.close());

  async function call(body: string, headers: Record<string, string>, chunked = false) {
    // node:http lets us choose chunked vs Content-Length framing explicitly.
    return new Promise<{ status: number; headers: Record<string, unknown>; json: Record<string, unknown> }>((resolve, reject) => {
      const h: Record<string, string> = { ...headers };
      if (!chunked) h['content-length'] = String(Buffer.byteLength(body));
      const req = request(sm.url, { method: 'POST', headers: h }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, json: JSON.parse(text) }));
      });
      req.on('error', reject);
      if (chunked) {
        req.write(body.slice(0, 5));
        req.end(body.slice(5));
      } else req.end(body);
    });
  }

  it('returns GetSecretValue for a correctly signed request (Content-Length and chunked)', async () => {
    for (const chunked of [false, true]) {
      const body = JSON.stringify({ SecretId: 'prod/circleci-token' });
      const r = await call(body, sign({ body, host }), chunked);
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toBe('application/x-amz-json-1.1');
      expect(r.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
      expect(r.json).toMatchObject({
        ARN: `arn:aws:secretsmanager:${REGION}:123456789012:secret:prod/circleci-token-AbCdEf`,
        Name: 'prod/circleci-token',
        SecretString: 'circle-abc-123',
        VersionStages: ['AWSCURRENT'],
      });
      expect(r.json.VersionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(typeof r.json.CreatedDate).toBe('number');
    }
  });

  it('accepts an ARN as SecretId and a signed x-amz-content-sha256', async () => {
    const body = JSON.stringify({ SecretId: `arn:aws:secretsmanager:${REGION}:111122223333:secret:other-Zz9Yx8` });
    const hash = createHash('sha256').update(body).digest('hex');
    const r = await call(body, sign({ body, host, extraSigned: { 'x-amz-content-sha256': hash } }));
    expect(r.status).toBe(200);
    expect(r.json.SecretString).toBe('{"k":"v"}');
  });

  it('returns a binary secret as base64 SecretBinary, without SecretString', async () => {
    const body = JSON.stringify({ SecretId: 'blob' });
    const r = await call(body, sign({ body, host }));
    expect(r.status).toBe(200);
    expect(r.json.SecretString).toBeUndefined();
    expect(r.json.SecretBinary).toBe(Buffer.from([0, 1, 254]).toString('base64'));
  });

  it('rejects an unknown access key', async () => {
    const body = JSON.stringify({ SecretId: 'other' });
    const r = await call(body, sign({ body, host, akid: 'AKIAOTHER' }));
    expect(r.status).toBe(400);
    expect(r.json).toEqual({ __type: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' });
  });

  it('rejects a wrong secret key, a tampered body, a wrong Host, a wrong region or service', async () => {
    const body = JSON.stringify({ SecretId: 'other' });
    const cases: Array<[Record<string, string>, string]> = [
      [sign({ body, host, secretKey: 'wrong' }), body],
      [sign({ body, host }), JSON.stringify({ SecretId: 'prod/circleci-token' })],
      [{ ...sign({ body, host: 'secretsmanager.eu-west-1.amazonaws.com' }), host }, body],
      [sign({ body, host, region: 'us-east-1' }), body],
      [sign({ body, host, service: 'ssm' }), body],
      [sign({ body, host, date: new Date(Date.now() - 3600_000) }), body],
    ];
    for (const [headers, sent] of cases) {
      const r = await call(sent, headers);
      expect(r.status).toBe(400);
      expect(r.json.__type).toBe('InvalidSignatureException');
    }
    const r = await call(body, sign({ body, host, secretKey: 'wrong' }));
    expect(String(r.json.message)).toMatch(/^The request signature we calculated does not match the signature you provided/);
    expect(r.headers['x-amzn-errortype']).toBe('InvalidSignatureException');
  });

  it('rejects a missing Authorization header', async () => {
    const body = '{"SecretId":"other"}';
    const { authorization: _omit, ...headers } = sign({ body, host });
    const r = await call(body, headers);
    expect(r.status).toBe(400);
    expect(r.json.__type).toBe('MissingAuthenticationTokenException');
  });

  it('answers ResourceNotFoundException and UnknownOperationException', async () => {
    let body = JSON.stringify({ SecretId: 'nope' });
    let r = await call(body, sign({ body, host }));
    expect(r.status).toBe(400);
    expect(r.json).toEqual({ __type: 'ResourceNotFoundException', Message: "Secrets Manager can't find the specified secret." });
    body = JSON.stringify({ SecretId: `arn:aws:secretsmanager:us-east-1:123456789012:secret:other-AbCdEf` });
    r = await call(body, sign({ body, host }));
    expect(r.json.__type).toBe('ResourceNotFoundException');
    body = '{}';
    r = await call(body, sign({ body, host, target: 'secretsmanager.ListSecrets' }));
    expect(r.status).toBe(400);
    expect(r.json.__type).toBe('UnknownOperationException');
  });

  it.skipIf(sdk === null)('works with the real AWS SDK for JavaScript v3, and it rejects a wrong key', async () => {
    const { SecretsManagerClient, GetSecretValueCommand } = sdk as SmSdk;
    const client = new SecretsManagerClient({ region: REGION, endpoint: sm.url, credentials: { accessKeyId: AKID, secretAccessKey: SECRET_KEY } });
    const out = await client.send(new GetSecretValueCommand({ SecretId: 'prod/circleci-token' }));
    expect(out.SecretString).toBe('circle-abc-123');
    expect(out.CreatedDate).toBeInstanceOf(Date);
    client.destroy();
    const bad = new SecretsManagerClient({ region: REGION, endpoint: sm.url, credentials: { accessKeyId: AKID, secretAccessKey: 'nope' } });
    await expect(bad.send(new GetSecretValueCommand({ SecretId: 'prod/circleci-token' }))).rejects.toMatchObject({ name: 'InvalidSignatureException' });
    await expect(client.send(new GetSecretValueCommand({ SecretId: 'missing' }))).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    bad.destroy();
  });

  it.skipIf(!hasPythonModule('boto3'))('works with the real boto3 (endpoint_url), and boto3 sees the right error codes', async () => {
    const script = `
import os, boto3, botocore.exceptions
def client(secret):
    return boto3.client('secretsmanager', endpoint_url=os.environ['SM_URL'], region_name='${REGION}',
                        aws_access_key_id='${AKID}', aws_secret_access_key=secret)
print(client('${SECRET_KEY}').get_secret_value(SecretId='prod/circleci-token')['SecretString'])
for secret, sid in (('wrong', 'prod/circleci-token'), ('${SECRET_KEY}', 'missing')):
    try:
        client(secret).get_secret_value(SecretId=sid)
        print('NO-ERROR')
    except botocore.exceptions.ClientError as e:
        print(e.response['Error']['Code'])
`;
    const r = await runPython(script, { SM_URL: sm.url, NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1', AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' });
    expect(r.stdout.trim().split('\n'), r.stderr).toEqual(['circle-abc-123', 'InvalidSignatureException', 'ResourceNotFoundException']);
    expect(r.code).toBe(0);
  });
});
