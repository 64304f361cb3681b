import { defineConfig } from 'vitest/config';

// Three suites, run in order by `npm test`:
//   unit  – framework-free lib code in Node (fast)
//   build – reads the built site in dist/ (needs `npm run build` first)
//   e2e   – real Chromium (playwright-core) against dist/ served on localhost
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
      // Fixture builds share the project's .astro/ folder: one test file at a time.
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, fileParallelism: false } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 120_000,
          // expect.poll waits for what the page does next (a status, a label); 1 s, vitest's
          // default, is too short on a busy two-core CI machine. Latency is the benchmark's job.
          expect: { poll: { timeout: 10_000 } },
          // One browser-heavy file at a time: the CI machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
