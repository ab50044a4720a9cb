import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that need no built site start first, on the cores the build (in the background, see
 * test/support/build-site.ts) leaves idle: the snippet verification, the longest file, then the type check.
 */
const NO_SITE_NEEDED = ['test/snippets/verify.test.ts', 'test/typecheck.test.ts'];

class NoSiteNeededFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = NO_SITE_NEEDED.findIndex((path) => file.moduleId.endsWith(path));
      return index < 0 ? NO_SITE_NEEDED.length : index;
    };
    return (await super.sort(files)).map((file, order) => ({ file, order })).sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order).map(({ file }) => file);
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
