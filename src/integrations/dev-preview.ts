import type { AstroIntegration } from 'astro';

/**
 * Tells the site whether it runs as the editors' preview (`import.meta.env.ITBRIDGE_PREVIEW`): under
 * `astro dev`, yes; in every build, no. The preview shows drafts with a "Draft — not published" banner
 * and its search page says which command makes search work (Pagefind indexes a built site only).
 * Decided on Astro's command, not on `import.meta.env.DEV` or NODE_ENV, for the reason
 * src/integrations/csp-meta.ts gives: a build must never publish a draft, whatever the environment.
 */
export default function devPreview(): AstroIntegration {
  return {
    name: 'itbridge:dev-preview',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.ITBRIDGE_PREVIEW': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
