import { defineConfig } from 'vitest/config';
import { widgetBuild } from './widget/build.config.ts';

// One config for the widget build (see widget/build.config.ts) and every vitest project.
export default defineConfig({
  ...widgetBuild,
  test: {
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['sdk/src/**/*.test.ts', 'server/src/**/*.test.ts'], testTimeout: 20_000 } },
      { extends: true, test: { name: 'widget', environment: 'happy-dom', include: ['widget/src/**/*.test.{ts,tsx}', 'widget/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'integration', environment: 'node', include: ['tests/integration/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: 'e2e', environment: 'node', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 90_000, fileParallelism: false },
      },
    ],
  },
});
