import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds the site once into dist/ for the tests that read the output.
    globalSetup: ['test/support/build-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Two cores: test files that spawn toolchains or builds must not oversubscribe them.
    maxWorkers: 2,
    // Concurrent tests may all be in flight: the snippet tests mostly wait (for their language's compile, for a
    // free core), and test/snippets/process.ts, not this limit, caps the processes at the core count.
    maxConcurrency: 5000,
    // Every snippet compiles or runs a real toolchain, so nearly all of them pass the default 300 ms: a line per
    // snippet would flood the log. Only a test slower than this is worth a look.
    slowTestThreshold: 20_000,
  },
});
