import type { AstroIntegration } from 'astro';
import { checkSiteUrl, type SiteEnv } from '../env';

/**
 * Applies the SITE_URL policy (see `checkSiteUrl` in src/env.ts) to `astro build` only: `astro dev`
 * and `astro preview` never need a public address. An error stops the build before any page is
 * rendered; a warning is printed at the start and again at the end, where it is not buried under
 * the page list.
 * @example integrations: [siteUrlCheck(env)]
 */
export default function siteUrlCheck(env: Pick<SiteEnv, 'siteUrl' | 'siteUrlSet' | 'ci' | 'deploy'>): AstroIntegration {
  const problem = checkSiteUrl(env);
  let building = false;
  return {
    name: 'itbridge:site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        building = command === 'build';
        if (!building || !problem) return;
        if (problem.severity === 'error') throw new Error(problem.message);
        logger.warn(`\n\n  !!! ${problem.message}\n`);
      },
      'astro:build:done': ({ logger }) => {
        if (building && problem) logger.warn(`\n\n  !!! ${problem.message}\n`);
      },
    },
  };
}
