/**
 * `npm run check:links` end to end, offline: a guide whose links point at a
 * server on 127.0.0.1 that answers 200, 301→200, 404 and 500, or never.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkReport } from '../../src/lib/link-report';
import { startLinkServer, type LinkServer } from '../support/link-server';

let server: LinkServer;
let project: string;

beforeAll(async () => {
  server = await startLinkServer();
  project = mkdtempSync(join(tmpdir(), 'leakfix-links-'));
  mkdirSync(join(project, 'content/secrets'), { recursive: true });
  mkdirSync(join(project, 'content/guides'));
  writeFileSync(
    join(project, 'content/guides/local-links.mdx'),
    `---
slug: local-links
title: Local links
description: Links to a local server.
lastReviewed: 2026-11-29
---

## Links

[Fine](${server.base}/ok), [moved](${server.base}/moved), [gone](${server.base}/gone),
[failing](${server.base}/error) and [silent](${server.base}/hang).
`,
  );
});
afterAll(() => server.close());

function checkLinks(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(resolve('node_modules/.bin/tsx'), [resolve('scripts/check-links.ts'), ...args], { cwd: project });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((done) => child.on('close', (status) => done({ status, stdout, stderr })));
}

describe('npm run check:links', () => {
  it('--json: reports every link of every guide and exits 1 because one is broken', async () => {
    const { status, stdout, stderr } = await checkLinks('--json', '--timeout', '1');
    expect(status, stderr).toBe(1);
    const report = JSON.parse(stdout) as LinkReport;
    expect(report.guides.map((g) => g.file)).toEqual(['content/guides/local-links.mdx']);
    expect(report.guides[0]!.links.map(({ url, where, outcome, status, finalUrl }) => ({ url, where, outcome, status, finalUrl }))).toEqual([
      { url: `${server.base}/ok`, where: 'line 10', outcome: 'ok', status: 200, finalUrl: undefined },
      { url: `${server.base}/moved`, where: 'line 10', outcome: 'redirected', status: 200, finalUrl: `${server.base}/ok` },
      { url: `${server.base}/gone`, where: 'line 10', outcome: 'broken', status: 404, finalUrl: undefined },
      { url: `${server.base}/error`, where: 'line 11', outcome: 'server-error', status: 500, finalUrl: undefined },
      { url: `${server.base}/hang`, where: 'line 11', outcome: 'timeout', status: undefined, finalUrl: undefined },
    ]);
    expect(report.counts).toMatchObject({ ok: 1, redirected: 1, broken: 1, 'server-error': 1, timeout: 1 });
  });

  it('prints the problems per guide for a maintainer', async () => {
    const { status, stdout } = await checkLinks('--timeout', '1');
    expect(status).toBe(1);
    expect(stdout).toContain('content/guides/local-links.mdx\n');
    expect(stdout).toContain(`  broken (404)       line 10       ${server.base}/gone\n`);
    expect(stdout).toContain(`  redirected (200)   line 10       ${server.base}/moved → ${server.base}/ok\n`);
    expect(stdout).not.toMatch(/^ +ok\b/m);
    expect(stdout).toContain('5 distinct URLs from 1 guide: 1 ok, 1 redirected, 1 broken, 1 server-error, 1 timeout, 0 refused, 0 failed.');
  });

  it('refuses a bad option value, naming it', async () => {
    const { status, stderr } = await checkLinks('--timeout', 'soon');
    expect(status).toBe(2);
    expect(stderr).toContain('--timeout must be a positive number; received "soon"');
  });
});
