// AWS Secrets Manager emulator: GetSecretValue over the AWS JSON 1.1
// protocol, with a full SigV4 check, so that real SDKs (boto3, the JS and Go
// SDKs) succeed only when they sign with the right key, region and service.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { closeServer, listenLocal, readBody, sendJson } from './util.js';

export interface SecretsManagerOptions {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  /** Secret name → its SecretString, or bytes stored as SecretBinary (`--secret-binary`). */
  secrets: Record<string, string | Buffer>;
  /** Accept connections and requests but never answer, like an endpoint that hangs. */
  silent?: boolean;
}

const SERVICE = 'secretsmanager';
const ACCOUNT = '123456789012';
const ARN_SUFFIX = 'AbCdEf'; // real ARNs end in "-" + 6 random characters
const JSON_11 = 'application/x-amz-json-1.1';
const MAX_SKEW_MS = 15 * 60 * 1000; // AWS refuses signatures more than 15 min off

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** RFC 3986 escaping as SigV4 wants it: everything but A-Z a-z 0-9 - _ . ~ */
const rfc3986 = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Canonical URI for non-S3 services: normalised path, each segment escaped again. */
function canonicalUri(rawPath: string): string {
  const out: string[] = [];
  for (const seg of rawPath.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  const path = '/' + out.map(rfc3986).join('/');
  return rawPath.endsWith('/') && out.length > 0 ? path + '/' : path;
}

/** Canonical query: decode each pair, re-escape strictly, sort by key then value. */
function canonicalQuery(rawQuery: string): string {
  if (rawQuery === '') return '';
  return rawQuery
    .split('&')
    .filter((p) => p !== '')
    .map((p): [string, string] => {
      const i = p.indexOf('=');
      const [k, v] = i < 0 ? [p, ''] : [p.slice(0, i), p.slice(i + 1)];
      return [rfc3986(safeDecode(k)), rfc3986(safeDecode(v))];
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

type AuthResult = { ok: true } | { ok: false; type: string; message: string };

/** Verify the SigV4 Authorization header against what actually arrived. */
function verifySigV4(req: IncomingMessage, body: Buffer, opts: SecretsManagerOptions): AuthResult {
  const auth = req.headers.authorization;
  if (!auth) return { ok: false, type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' };
  const m = /^AWS4-HMAC-SHA256\s+Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]+)\s*$/.exec(auth);
  const [, credential, signedHeaderList, signature] = m ?? [];
  if (credential === undefined || signedHeaderList === undefined || signature === undefined) {
    return { ok: false, type: 'IncompleteSignatureException', message: `Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.` };
  }
  const [akid, date, region, service, terminator, ...rest] = credential.split('/');
  if (akid !== opts.accessKeyId) {
    return { ok: false, type: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' };
  }
  if (rest.length > 0 || terminator !== 'aws4_request' || !/^\d{8}$/.test(date ?? '')) {
    return { ok: false, type: 'IncompleteSignatureException', message: 'Credential scope is malformed.' };
  }
  if (region !== opts.region) {
    return { ok: false, type: 'InvalidSignatureException', message: `Credential should be scoped to a valid region. ` };
  }
  if (service !== SERVICE) {
    return { ok: false, type: 'InvalidSignatureException', message: `Credential should be scoped to correct service: '${SERVICE}'. ` };
  }

  const amzDate = (req.headers['x-amz-date'] as string | undefined) ?? '';
  const dm = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (!dm || amzDate.slice(0, 8) !== date) {
    return { ok: false, type: 'IncompleteSignatureException', message: 'Date must be in ISO-8601 basic format (X-Amz-Date) and match the credential scope.' };
  }
  // All six groups are mandatory in the pattern, so a match has every one.
  const when = Date.UTC(+dm[1]!, +dm[2]! - 1, +dm[3]!, +dm[4]!, +dm[5]!, +dm[6]!);
  if (Math.abs(Date.now() - when) > MAX_SKEW_MS) {
    return { ok: false, type: 'InvalidSignatureException', message: `Signature expired: ${amzDate} is now earlier or later than the allowed 15 minutes.` };
  }

  // Canonical headers: exactly the signed ones, lower-cased, values trimmed
  // with inner whitespace runs collapsed, repeated headers joined by ",".
  const signedHeaders = signedHeaderList.split(';');
  if (!signedHeaders.includes('host')) {
    return { ok: false, type: 'InvalidSignatureException', message: `'Host' must be a 'SignedHeader' in the AWS Authorization.` };
  }
  const canonicalHeaders = signedHeaders
    .map((name) => {
      const values = req.headersDistinct[name] ?? [];
      return `${name}:${values.map((v) => v.trim().replace(/\s+/g, ' ')).join(',')}\n`;
    })
    .join('');

  const rawUrl = req.url ?? '/';
  const q = rawUrl.indexOf('?');
  const payloadHash = (req.headers['x-amz-content-sha256'] as string | undefined) ?? sha256Hex(body);
  const canonicalRequest = [
    req.method ?? 'POST',
    canonicalUri(q < 0 ? rawUrl : rawUrl.slice(0, q)),
    canonicalQuery(q < 0 ? '' : rawUrl.slice(q + 1)),
    canonicalHeaders,
    signedHeaderList,
    payloadHash,
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');

  let key = hmac('AWS4' + opts.secretAccessKey, date);
  for (const part of [region, service, 'aws4_request']) key = hmac(key, part);
  const expected = Buffer.from(createHmac('sha256', key).update(stringToSign).digest('hex'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return {
      ok: false,
      type: 'InvalidSignatureException',
      message:
        'The request signature we calculated does not match the signature you provided. ' +
        'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    };
  }
  return { ok: true };
}

/** Accept a plain name, or a (partial or full) ARN whose name part matches. */
function resolveName(secretId: string, opts: SecretsManagerOptions): string | undefined {
  if (Object.hasOwn(opts.secrets, secretId)) return secretId;
  const m = /^arn:aws:secretsmanager:([^:]+):(\d{12}):secret:(.+)$/.exec(secretId);
  if (!m || m[1] !== opts.region) return undefined;
  const name = m[3]!; // mandatory group: present whenever the pattern matched
  if (Object.hasOwn(opts.secrets, name)) return name;
  const base = name.replace(/-[A-Za-z0-9]{6}$/, '');
  return base !== name && Object.hasOwn(opts.secrets, base) ? base : undefined;
}

export async function startSecretsManager(
  opts: SecretsManagerOptions,
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const createdDate = Math.floor(Date.now() / 1000);
  const versionIds = new Map(Object.keys(opts.secrets).map((name) => [name, randomUUID()]));

  const reply = (res: ServerResponse, status: number, body: unknown, errorType?: string) => {
    const headers: Record<string, string> = { 'x-amzn-RequestId': randomUUID() };
    if (errorType) headers['x-amzn-ErrorType'] = errorType; // SDKs read the error code from here too
    sendJson(res, status, body, JSON_11, headers);
  };
  const fail = (res: ServerResponse, type: string, message: string, key = 'message') =>
    reply(res, 400, { __type: type, [key]: message }, type);

  const server = createServer(async (req, res) => {
    if (opts.silent) return;
    try {
      // Hash what really arrived, however it was framed (length or chunked).
      const body = await readBody(req);
      if (req.method !== 'POST') return fail(res, 'UnknownOperationException', 'Only POST is supported.');
      const auth = verifySigV4(req, body, opts);
      if (!auth.ok) return fail(res, auth.type, auth.message);

      const target = req.headers['x-amz-target'];
      if (target !== 'secretsmanager.GetSecretValue') return reply(res, 400, { __type: 'UnknownOperationException' }, 'UnknownOperationException');

      let input: { SecretId?: unknown; VersionId?: unknown; VersionStage?: unknown };
      try {
        input = JSON.parse(body.toString('utf8') || '{}');
      } catch {
        return fail(res, 'SerializationException', 'Start of structure or map found where not expected.', 'Message');
      }
      if (typeof input.SecretId !== 'string' || input.SecretId === '') {
        return fail(res, 'ValidationException', "1 validation error detected: Value null at 'secretId' failed to satisfy constraint: Member must not be null");
      }
      const name = resolveName(input.SecretId, opts);
      const versionId = name === undefined ? undefined : versionIds.get(name);
      if (
        name === undefined ||
        (input.VersionId !== undefined && input.VersionId !== versionId) ||
        (input.VersionStage !== undefined && input.VersionStage !== 'AWSCURRENT')
      ) {
        return fail(res, 'ResourceNotFoundException', "Secrets Manager can't find the specified secret.", 'Message');
      }
      const value = opts.secrets[name]!;
      return reply(res, 200, {
        ARN: `arn:aws:secretsmanager:${opts.region}:${ACCOUNT}:secret:${name}-${ARN_SUFFIX}`,
        Name: name,
        VersionId: versionId,
        // The JSON protocol carries a blob as base64.
        ...(typeof value === 'string' ? { SecretString: value } : { SecretBinary: value.toString('base64') }),
        VersionStages: ['AWSCURRENT'],
        CreatedDate: createdDate,
      });
    } catch (err) {
      if (!res.headersSent) reply(res, 500, { __type: 'InternalServiceError', message: String(err) }, 'InternalServiceError');
    }
  });

  const url = await listenLocal(server);
  return { url, server, close: () => closeServer(server) };
}
