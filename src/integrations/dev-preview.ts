import type { AstroIntegration } from 'astro';

/**
 * Tells the site whether it runs as the editors' preview (`astro dev`) or is built, as two flags the
 * templates read:
 * - `import.meta.env.ITBRIDGE_PREVIEW`: true under `astro dev`. The preview shows drafts with a "Draft —
 *   not published" banner, and its search page says which command makes search work (Pagefind indexes
 *   a built site only).
 * - `import.meta.env.ITBRIDGE_CSP_META`: true in every build. Pages carry the Content Security Policy as
 *   a meta tag, except under `astro dev`, where Vite serves the stylesheet and its reload client inline,
 *   which the policy forbids.
 * Decided on Astro's command, not on `import.meta.env.DEV` or `PROD`, which follow NODE_ENV: a build run
 * with NODE_ENV=test (as a test runner's child process is) would silently lose the policy, or publish drafts.
 */
export default function devPreview(): AstroIntegration {
  return {
    name: 'itbridge:dev-preview',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const preview = command === 'dev';
        updateConfig({ vite: { define: { 'import.meta.env.ITBRIDGE_PREVIEW': JSON.stringify(preview), 'import.meta.env.ITBRIDGE_CSP_META': JSON.stringify(!preview) } } });
      },
    },
  };
}
