/**
 * Every guide's validity check is a real shell command: run it with sh and
 * curl against a local server standing in for the provider, and check that it
 * sends what the provider expects, reads only, and never puts the token in
 * curl's arguments (the process list).
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSnippetParameters } from '../../src/generator/parameters';
import { readSecretGuides } from '../../src/lib/read-guides';
import { shellQuote, verifyCommand } from '../../src/lib/verify-command';
import type { VerifyCheck } from '../../src/schemas/secret';

const run = promisify(execFile);
const TOKEN = 'FAKE_token_for_the_check_0123456789';

interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

let server: Server;
let origin: string;
let seen: Seen[] = [];
let work: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ method: request.method!, path: request.url!, headers: request.headers });
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A `curl` first on PATH that records its arguments, then runs the real one.
  work = mkdtempSync(join(tmpdir(), 'leakfix-verify-'));
  const realCurl = (await run('sh', ['-c', 'command -v curl'])).stdout.trim();
  writeFileSync(join(work, 'curl'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${work}/argv"\nexec ${realCurl} "$@"\n`);
  chmodSync(join(work, 'curl'), 0o755);
});

afterAll(() => {
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs a check's command, pointed at the local server instead of the provider. */
async function runCheck(check: VerifyCheck, envVar: string) {
  seen = [];
  const url = new URL(check.url);
  const command = verifyCommand(check, envVar).replace(shellQuote(check.url), shellQuote(`${origin}${url.pathname}${url.search}`));
  const { stdout, stderr } = await run('sh', ['-c', command], {
    env: { PATH: `${work}:${process.env.PATH}`, [envVar]: TOKEN },
  });
  return { command, stdout, stderr, argv: readFileSync(join(work, 'argv'), 'utf8'), request: seen[0]!, url };
}

const base = { method: 'GET', url: 'https://api.example.com/v1/me?x=1', headers: {}, live: '200', revoked: '401' } as const;

describe('verifyCommand', () => {
  it('sends a bearer token on standard input, never as an argument', async () => {
    const result = await runCheck({ ...base, auth: { kind: 'bearer' } }, 'EXAMPLE_TOKEN');
    expect(result.stdout).toBe('200\n');
    expect(result.request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(result.request.path).toBe('/v1/me?x=1');
    expect(result.argv).not.toContain(TOKEN);
    expect(result.command).not.toContain(TOKEN);
  });

  it('sends a named header with an optional scheme word, and fixed headers beside it', async () => {
    const result = await runCheck(
      { ...base, auth: { kind: 'header', name: 'Authorization', prefix: 'Bot' }, headers: { 'User-Agent': "Leakfix (it's fine)" } },
      'EXAMPLE_TOKEN',
    );
    expect(result.request.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(result.request.headers['user-agent']).toBe("Leakfix (it's fine)");
    expect(result.argv).not.toContain(TOKEN);
  });

  it('sends basic auth with the token as the password of a fixed user', async () => {
    const result = await runCheck({ ...base, auth: { kind: 'basic', username: 'api' } }, 'EXAMPLE_TOKEN');
    expect(result.request.headers.authorization).toBe(`Basic ${Buffer.from(`api:${TOKEN}`).toString('base64')}`);
    expect(result.argv).not.toContain(TOKEN);
  });

  it('uses HEAD when the check says so', async () => {
    const result = await runCheck({ ...base, method: 'HEAD', auth: { kind: 'bearer' } }, 'EXAMPLE_TOKEN');
    expect(result.request.method).toBe('HEAD');
  });

  it('refuses an environment variable name the shell could misread', () => {
    expect(() => verifyCommand({ ...base, auth: { kind: 'bearer' } }, 'TOKEN"; rm -rf ~; "')).toThrow(/Unsafe environment variable/);
  });
});

const guides = readSecretGuides().filter((guide) => guide.data.verify);

describe.each(guides.map((guide) => [guide.data.id, guide] as const))('the validity check of %s', (_id, guide) => {
  const check = guide.data.verify!;
  const { envVar } = resolveSnippetParameters(guide.file, guide.data.id, guide.data.snippet, guide.data.name);

  it('runs as printed, reads only, and keeps the token out of the process list', async () => {
    const result = await runCheck(check, envVar);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('200\n');
    expect(['GET', 'HEAD']).toContain(result.request.method);
    expect(result.request.method).toBe(check.method);
    expect(result.request.path).toBe(`${result.url.pathname}${result.url.search}`);
    expect(result.argv).not.toContain(TOKEN);
    // The token arrives in the header the guide names.
    const sent = Object.values(result.request.headers).flat().join('\n');
    const expected = check.auth.kind === 'basic' ? Buffer.from(`${check.auth.username}:${TOKEN}`).toString('base64') : TOKEN;
    expect(sent).toContain(expected);
  });
});
