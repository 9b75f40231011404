import { defineConfig } from 'vitest/config';

// Two projects: fast pure-logic tests in Node, and end-to-end tests that drive the
// built extension in real Chromium and Firefox (run one file at a time: 2 cores).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // Unit tests finish before browsers start: 2 cores, and browser tests are timing-sensitive.
          sequence: { groupOrder: 0 },
        },
        // The build's constants, as the shipped build has them (the content script's modules read them).
        define: { __BENCH__: 'false', __AUDIT__: 'false' },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
