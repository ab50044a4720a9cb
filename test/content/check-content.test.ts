/** `npm run check:content` reminds maintainers of guides due for review, as warnings that do not fail it. */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { readGeneralGuides, readSecretGuides } from '../../src/lib/read-guides';

const files = [...readSecretGuides(), ...readGeneralGuides()].map((guide) => guide.file);

function checkContent(buildDate: string) {
  return spawnSync('node_modules/.bin/tsx', ['scripts/check-content.ts'], {
    encoding: 'utf8',
    env: { ...process.env, LEAKFIX_BUILD_DATE: buildDate },
  });
}

it('warns about every guide reviewed 9 months or more before the build date, and still passes', () => {
  const { status, stderr } = checkContent('2099-01-01');
  expect(status, stderr).toBe(0);
  const warned = stderr.split('\n').filter((line) => line.startsWith('warning: '));
  expect(warned.map((line) => line.slice('warning: '.length).split(':')[0])).toEqual(files);
  expect(warned[0]).toMatch(/lastReviewed is \d{4}-\d{2}-\d{2}, 9 months or more before 2099-01-01/);
});

it('says nothing about guides reviewed recently', () => {
  const { status, stderr } = checkContent('2000-01-01');
  expect(status, stderr).toBe(0);
  expect(stderr).not.toContain('warning:');
});
