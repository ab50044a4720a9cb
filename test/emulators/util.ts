// Small shared helpers for the emulators: start a server on an ephemeral
// loopback port, read a whole request body, and send JSON.
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer, Server as HttpsServer } from 'node:https';

/** Server certificate and key for an emulator that speaks TLS (see test-ca.ts). */
export interface TlsIdentity {
  key: Buffer;
  cert: Buffer;
}

export type EmulatorServer = Server | HttpsServer;

/** An HTTP server, or an HTTPS one when given a TLS identity. */
export function createEmulatorServer(handler: RequestListener, tls?: TlsIdentity): EmulatorServer {
  return tls ? createHttpsServer({ key: tls.key, cert: tls.cert }, handler) : createHttpServer(handler);
}

/** Listen on 127.0.0.1 with an OS-chosen port; resolve to the base URL (https:// for a TLS server). */
export async function listenLocal(server: EmulatorServer): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address();
  if (addr === null || typeof addr === 'string') throw new Error('unexpected server address');
  return `${server instanceof HttpsServer ? 'https' : 'http'}://127.0.0.1:${addr.port}`;
}

/**
 * Close the server, dropping keep-alive connections so close() never hangs.
 * A server that never listened (e.g. one fed only by a proxy) is fine too.
 */
export async function closeServer(server: EmulatorServer): Promise<void> {
  server.closeAllConnections();
  if (!server.listening) return;
  await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
}

/** Read the whole body, whether it came with Content-Length or chunked. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json',
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}
