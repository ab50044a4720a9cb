import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order test files start in. The site builds in the background (test/support/build-site.ts), and the files that
 * read it wait for it, so the files that need no site go first, on the cores the build leaves idle: the snippet
 * verification (the longest) before all, then the unit tests. The built-site, browser and type-check tests follow.
 */
const rank = (file: TestSpecification) =>
  file.moduleId.endsWith('test/snippets/verify.test.ts') ? 0 : /\/test\/(?:site|e2e)\/|\/test\/typecheck\.test\.ts$/.test(file.moduleId) ? 2 : 1;

class NoSiteNeededFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted.map((file, order) => ({ file, order })).sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order).map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds the site once into dist/, in the background, for the tests that read the output.
    globalSetup: ['test/support/build-site.ts'],
    sequence: { sequencer: NoSiteNeededFirst },
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Two cores: test files that spawn toolchains or builds must not oversubscribe them.
    maxWorkers: 2,
    // Every snippet compiles or runs a real toolchain, so nearly all of them pass the default 300 ms: a line per
    // snippet would flood the log. Only a test slower than this is worth a look.
    slowTestThreshold: 20_000,
  },
});
