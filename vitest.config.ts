import { defineConfig } from 'vitest/config'

/**
 * `npm test` runs three projects:
 * - unit: pure data and engines, in Node;
 * - scene: React Three Fiber scene graphs through @react-three/test-renderer, in Node;
 * - browser: a production build served on 127.0.0.1 and driven in headless Chromium with software WebGL.
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'scene',
          include: ['tests/scene/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/scene/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/support/globalSetup.ts'],
          // One Chromium at a time: software WebGL on two cores is slow enough already.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
