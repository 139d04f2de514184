import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships CommonJS (index.js) and ESM (index.mjs). Node gives Yoga and Pothos the CommonJS
// one; Vite would give our sources the ESM one, and `instanceof GraphQLError` would then fail
// across the two copies (typed errors masked as internal ones). One copy for everybody:
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');
const resolve = { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] };

// Two projects: fast unit tests in parallel, and integration tests that share one real Neo4j
// (started by test/support/global-setup.ts) and therefore run one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/empty-graph.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
