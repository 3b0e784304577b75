import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{client,server,sync,shared}/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
  },
});
