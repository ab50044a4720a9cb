/**
 * `npm run check:links`: requests every external URL the guides give their
 * readers (provider links, sources, body links, and the validity checks'
 * endpoints without a token) and reports per guide what is broken, failing,
 * slow or redirected. For maintainers with network access; `npm test` never
 * runs it against the internet. Exit status 1 when a link is broken.
 *
 *   npm run check:links -- [--json] [--concurrency 8] [--per-host 2] [--timeout 15]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { guideLinks } from '../src/lib/external-links';
import { checkLinks, DEFAULT_CHECK_OPTIONS } from '../src/lib/link-check';
import { buildReport, formatReport, hasBrokenLinks, linkTargets } from '../src/lib/link-report';
import { readGeneralGuides, readSecretGuides } from '../src/lib/read-guides';

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`--${name} must be a positive number; received "${value}"`);
  return number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      concurrency: { type: 'string' },
      'per-host': { type: 'string' },
      timeout: { type: 'string' },
    },
  });
  const options = {
    concurrency: Math.ceil(positive('concurrency', values.concurrency, DEFAULT_CHECK_OPTIONS.concurrency)),
    perHost: Math.ceil(positive('per-host', values['per-host'], DEFAULT_CHECK_OPTIONS.perHost)),
    timeoutMs: positive('timeout', values.timeout, DEFAULT_CHECK_OPTIONS.timeoutMs / 1000) * 1000,
  };

  const root = process.cwd();
  const guides = [...readSecretGuides(root), ...readGeneralGuides(root)].map(({ file, data }) =>
    guideLinks(file, readFileSync(join(root, file), 'utf8'), data),
  );
  const targets = linkTargets(guides);
  console.error(`Checking ${targets.length} distinct URLs from ${guides.length} guides…`);
  const report = buildReport(guides, targets, await checkLinks(targets, options));
  console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
  if (hasBrokenLinks(report)) process.exitCode = 1;
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 2;
});
