import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, request, type Server } from 'node:http';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import type { Socket } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { startTlsInterceptProxy } from './tls-intercept-proxy.js';
import { startSecretsManager } from './aws-secrets-manager.js';
import { hasPythonModule, runPython } from './python.js';
import { closeServer } from './util.js';

const HOST = 'secretsmanager.eu-west-1.amazonaws.com';

/** Send CONNECT host:port to the proxy; resolve with its status and the raw socket. */
function connectVia(proxyUrl: string, authority: string): Promise<{ status: number; socket: Socket }> {
  return new Promise((resolve, reject) => {
    const req = request(proxyUrl, { method: 'CONNECT', path: authority, headers: { host: authority } });
    req.on('connect', (res, socket) => resolve({ status: res.statusCode ?? 0, socket }));
    req.on('response', (res) => resolve({ status: res.statusCode ?? 0, socket: res.socket }));
    req.on('error', reject);
    req.end();
  });
}

function tlsOver(socket: Socket, servername: string, ca?: string): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const t = tlsConnect({ socket, servername, ca, rejectUnauthorized: true }, () => resolve(t));
    t.on('error', reject);
  });
}

/** GET / over an already-established TLS socket. */
function getOver(tls: TLSSocket, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ createConnection: () => tls, host, path: '/hello', headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('tls intercept proxy', () => {
  let target: Server;
  let proxy: Awaited<ReturnType<typeof startTlsInterceptProxy>>;
  let ca: string;
  beforeAll(async () => {
    // The echo target reports what it saw, proving the decrypted stream reached it.
    target = createServer((req, res) => {
      const encrypted = (req.socket as Partial<TLSSocket>).encrypted === true;
      res.end(JSON.stringify({ host: req.headers.host, url: req.url, encrypted }));
    });
    proxy = await startTlsInterceptProxy({ hosts: [HOST, 'vault.example.test'], target });
    ca = readFileSync(proxy.caFile, 'utf8');
  });
  afterAll(async () => {
    await proxy.close();
    await closeServer(target);
  });

  it('tunnels an allowed host to the target server over TLS trusted via the CA file', async () => {
    for (const host of [HOST, 'vault.example.test']) {
      const { status, socket } = await connectVia(proxy.url, `${host}:443`);
      expect(status).toBe(200);
      const tls = await tlsOver(socket, host, ca);
      expect(tls.authorized).toBe(true);
      const res = await getOver(tls, host);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ host, url: '/hello', encrypted: true });
    }
  });

  it('writes a CA certificate, and its leaf fails without that CA or for another name', async () => {
    expect(ca).toMatch(/^-----BEGIN CERTIFICATE-----/);
    const a = await connectVia(proxy.url, `${HOST}:443`);
    await expect(tlsOver(a.socket, HOST)).rejects.toThrow(/self[- ]signed|unable to (get|verify)|issuer/i);
    const b = await connectVia(proxy.url, `${HOST}:443`);
    await expect(tlsOver(b.socket, 'vault.example.test.evil', ca)).rejects.toThrow(/altnames|Hostname/i);
  });

  it('refuses CONNECT to any other host or port, and plain proxying', async () => {
    for (const authority of ['example.com:443', 'secretsmanager.us-east-1.amazonaws.com:443', `${HOST}:80`, '127.0.0.1:443']) {
      const { status, socket } = await connectVia(proxy.url, authority);
      expect(status).toBe(403);
      socket.destroy();
    }
    const res = await fetch(proxy.url + '/http://example.com/');
    expect(res.status).toBe(403);
  });

  it('removes its temp folder on close', async () => {
    const p = await startTlsInterceptProxy({ hosts: ['a.test'], target });
    expect(existsSync(p.caFile)).toBe(true);
    await p.close();
    expect(existsSync(p.caFile)).toBe(false);
  });

  it.skipIf(!hasPythonModule('boto3'))('lets unmodified boto3 reach the Secrets Manager emulator via HTTPS_PROXY', async () => {
    const sm = await startSecretsManager({
      accessKeyId: 'AKIAPROXYTEST0000000',
      secretAccessKey: 'proxy/secret/key',
      region: 'eu-west-1',
      secrets: { 'prod/circleci-token': 'circle-via-proxy' },
    });
    const smProxy = await startTlsInterceptProxy({ hosts: [HOST], target: sm.server });
    try {
      const script = `
import boto3, botocore.exceptions
c = boto3.client('secretsmanager')
print(c.meta.endpoint_url)
print(c.get_secret_value(SecretId='prod/circleci-token')['SecretString'])
try:
    boto3.client('secretsmanager', aws_secret_access_key='wrong', aws_access_key_id='AKIAPROXYTEST0000000').get_secret_value(SecretId='prod/circleci-token')
except botocore.exceptions.ClientError as e:
    print(e.response['Error']['Code'])
`;
      const r = await runPython(script, {
        HTTPS_PROXY: smProxy.url, https_proxy: smProxy.url, HTTP_PROXY: undefined, http_proxy: undefined, NO_PROXY: undefined, no_proxy: undefined,
        AWS_CA_BUNDLE: smProxy.caFile, REQUESTS_CA_BUNDLE: smProxy.caFile, SSL_CERT_FILE: smProxy.caFile, CURL_CA_BUNDLE: smProxy.caFile,
        AWS_ACCESS_KEY_ID: 'AKIAPROXYTEST0000000', AWS_SECRET_ACCESS_KEY: 'proxy/secret/key',
        AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-west-1',
        AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_PROFILE: undefined,
        AWS_SESSION_TOKEN: undefined, AWS_ENDPOINT_URL: undefined, AWS_ENDPOINT_URL_SECRETS_MANAGER: undefined,
      });
      expect(r.stdout.trim().split('\n'), r.stderr).toEqual([`https://${HOST}`, 'circle-via-proxy', 'InvalidSignatureException']);
      expect(r.code).toBe(0);
    } finally {
      await smProxy.close();
      await sm.close();
    }
  });
});
