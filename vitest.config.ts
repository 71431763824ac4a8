/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { scaleTimeout } from './src/env';

// Three suites, run separately by npm run test:unit / test:build / test:site (each writes its own JSON
// report; see scripts/test-all.sh). `npx vitest run` runs all three. getViteConfig gives every suite
// Astro's module graph, so `astro/container` can render components.
export default getViteConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      {
        extends: true,
        // Pure logic, components and CLIs on fixtures: no Astro build, no dist/.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: scaleTimeout(20_000) },
      },
      {
        extends: true,
        // Planted-defect builds: one after another, as they share Astro's generated-types folder (.astro/).
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: scaleTimeout(150_000), fileParallelism: false },
      },
      {
        extends: true,
        // The gate over the built site: needs dist/ from npm run build.
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: scaleTimeout(20_000) },
      },
    ],
  },
});
