// TLS-intercepting HTTPS proxy for tests. Some SDK builds (Debian's boto3 1.26,
// aws-sdk-go-v2 1.17) ignore endpoint overrides and always dial
// https://secretsmanager.<region>.amazonaws.com. Run them unmodified with
// HTTPS_PROXY=<url> and a throwaway CA, and this proxy terminates TLS for the
// allowed hosts and hands the plaintext connection to a local emulator.
// Nothing ever leaves the machine: CONNECT to any other host gets 403.
import { createServer, type Server } from 'node:http';
import { TLSSocket } from 'node:tls';
import type { Socket } from 'node:net';
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { closeServer, listenLocal } from './util.js';

const run = promisify(execFile);
const OPENSSL = '/usr/bin/openssl';

/** Make a CA and one leaf certificate covering `hosts` (EC P-256, valid 1 day). */
async function makeCerts(dir: string, hosts: string[]): Promise<{ caFile: string; key: Buffer; cert: Buffer }> {
  const p = (f: string) => join(dir, f);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  await run(OPENSSL, [
    'req', '-x509', ...ec, '-keyout', p('ca.key'), '-out', p('ca.pem'), '-days', '1',
    '-subj', '/CN=leakfix test CA (throwaway)',
    '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  await run(OPENSSL, ['req', '-new', ...ec, '-keyout', p('leaf.key'), '-out', p('leaf.csr'), '-subj', `/CN=${hosts[0]}`]);
  // Key identifiers matter: Python's strict X.509 checking wants an AKI on the leaf.
  await writeFile(p('leaf.ext'), [
    'basicConstraints=critical,CA:FALSE',
    'keyUsage=critical,digitalSignature',
    'extendedKeyUsage=serverAuth',
    `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
    'subjectKeyIdentifier=hash',
    'authorityKeyIdentifier=keyid:always',
    '',
  ].join('\n'));
  await run(OPENSSL, [
    'x509', '-req', '-in', p('leaf.csr'), '-CA', p('ca.pem'), '-CAkey', p('ca.key'), '-CAcreateserial',
    '-out', p('leaf.pem'), '-days', '1', '-sha256', '-extfile', p('leaf.ext'),
  ]);
  return { caFile: p('ca.pem'), key: await readFile(p('leaf.key')), cert: await readFile(p('leaf.pem')) };
}

export async function startTlsInterceptProxy(opts: {
  hosts: string[];
  target: Server;
}): Promise<{ url: string; caFile: string; close(): Promise<void> }> {
  if (opts.hosts.length === 0) throw new Error('startTlsInterceptProxy: hosts must not be empty');
  const allowed = new Set(opts.hosts.map((h) => h.toLowerCase()));
  const dir = await mkdtemp(join(tmpdir(), 'tls-proxy-'));
  // Don't leave key material behind if the test process exits without close().
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', cleanup);
  const { caFile, key, cert } = await makeCerts(dir, opts.hosts);
  const open = new Set<Socket>();

  const proxy = createServer((_req, res) => {
    // Plain-HTTP proxying (GET http://…) is never needed: refuse it.
    res.writeHead(403, { 'Content-Length': 0 }).end();
  });

  proxy.on('connect', (req, socket: Socket, head: Buffer) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
    const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(req.url ?? '');
    if (!m || !allowed.has(m[1]!.toLowerCase()) || m[2] !== '443') {
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    // Bytes the client sent right after CONNECT (usually the ClientHello) belong to TLS.
    if (head.length > 0) socket.unshift(head);
    const tlsSocket = new TLSSocket(socket, { isServer: true, key, cert, ALPNProtocols: ['http/1.1'] });
    tlsSocket.on('error', () => socket.destroy());
    // The emulator serves the decrypted stream as if a client had connected to it.
    opts.target.emit('connection', tlsSocket);
  });

  const url = await listenLocal(proxy);
  return {
    url,
    caFile,
    async close() {
      for (const s of open) s.destroy();
      await closeServer(proxy);
      process.off('exit', cleanup);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
