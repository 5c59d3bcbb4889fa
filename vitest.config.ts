import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const dataLayerTests = ['src/server/modules/**/*.test.ts', 'test/**/*.test.ts'];
const hasPostgres = Boolean(process.env.TEST_DATABASE_URL);
const hasChromium = existsSync('/usr/bin/chromium');

/** Tests that touch the database run once per dialect; PostgreSQL only when TEST_DATABASE_URL is set. */
function dataLayerProject(dialect: 'sqlite' | 'postgres') {
  return {
    test: {
      name: `api:${dialect}`,
      include: dataLayerTests,
      env: { TEST_DIALECT: dialect },
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/server/core/**/*.test.ts',
            'src/contract/**/*.test.ts',
            'src/web/**/*.test.{ts,tsx}',
          ],
        },
      },
      dataLayerProject('sqlite'),
      ...(hasPostgres ? [dataLayerProject('postgres')] : []),
      ...(hasChromium
        ? [
            {
              test: {
                name: 'e2e',
                include: ['e2e/**/*.e2e.ts'],
                globalSetup: ['e2e/support/global-setup.ts'],
                testTimeout: 60_000,
                hookTimeout: 180_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
