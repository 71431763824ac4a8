import type { AstroIntegration } from 'astro';

/**
 * Tells the layouts whether pages carry the Content Security Policy as a meta tag
 * (`import.meta.env.ITBRIDGE_CSP_META`): in every build, yes; under `astro dev`, no, because Vite serves
 * the stylesheet and its reload client inline, which the policy forbids. Decided on Astro's command,
 * not on `import.meta.env.PROD`, which follows NODE_ENV: a build run with NODE_ENV=test (as a test
 * runner's child process is) would silently lose the policy.
 */
export default function cspMeta(): AstroIntegration {
  return {
    name: 'itbridge:csp-meta',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.ITBRIDGE_CSP_META': JSON.stringify(command !== 'dev') } } });
      },
    },
  };
}
