// TLS-intercepting HTTPS proxy for tests. Some SDK builds (Debian's boto3 1.26,
// aws-sdk-go-v2 1.17) ignore endpoint overrides and always dial
// https://secretsmanager.<region>.amazonaws.com. Run them unmodified with
// HTTPS_PROXY=<url> and a throwaway CA, and this proxy terminates TLS for the
// allowed hosts and hands the plaintext connection to a local emulator.
// Nothing ever leaves the machine: CONNECT to any other host gets 403.
import { createServer, type Server } from 'node:http';
import { TLSSocket } from 'node:tls';
import type { Socket } from 'node:net';
import { createTestCa } from './test-ca.js';
import { closeServer, listenLocal } from './util.js';

export async function startTlsInterceptProxy(opts: {
  hosts: string[];
  target: Server;
}): Promise<{ url: string; caFile: string; close(): Promise<void> }> {
  if (opts.hosts.length === 0) throw new Error('startTlsInterceptProxy: hosts must not be empty');
  const allowed = new Set(opts.hosts.map((h) => h.toLowerCase()));
  const ca = await createTestCa();
  const { key, cert } = await ca.issue(opts.hosts);
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
    caFile: ca.caFile,
    async close() {
      for (const s of open) s.destroy();
      await closeServer(proxy);
      await ca.remove();
    },
  };
}
