// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { localeRegistry, locales, defaultLocale } from './src/i18n/locales.ts';
import { isSitemapPage, withXDefault } from './src/lib/outputs/sitemap.ts';
import contentChecks from './src/integrations/content-checks.ts';
import { contentPolicyPlugin } from './src/integrations/content-policy-plugin.ts';
import { tableScrollPlugin } from './src/integrations/table-scroll-plugin.ts';
import searchIndex from './src/integrations/search-index.ts';
import buildTimings, { writeSearchTiming, writeShareImageTiming } from './src/integrations/build-timings.ts';
import shareImages from './src/integrations/share-images.ts';
import siteUrlCheck from './src/integrations/site-url.ts';
import devPreview from './src/integrations/dev-preview.ts';
import admin from './src/integrations/admin.ts';
import { buildCmsConfig } from './src/lib/cms/config.ts';
import { adminConnectSources } from './src/lib/cms/backend.ts';
import { repository } from './src/settings.ts';
import packageJson from './package.json' with { type: 'json' };
import { env } from './src/env.ts';
import { urlFormat } from './src/lib/routing/urls.ts';

// Every environment variable is read in src/env.ts; tests and the benchmark use them to build fixture
// content into their own folders.
const { siteUrl, outDir, cacheDir, publicDir, contentDir, timingsFile } = env;

export default defineConfig({
  site: siteUrl,
  outDir,
  cacheDir,
  publicDir,
  // The URL builder (src/lib/routing/urls.ts) writes every URL in this shape; both read one constant.
  trailingSlash: urlFormat.trailingSlash,
  build: {
    format: urlFormat.buildFormat,
    // The CSP allows style-src 'self' only (public/_headers): a stylesheet Astro inlined would be blocked.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      rollupOptions: {
        // One site stylesheet, named for what it is rather than after whichever component bundles it first.
        output: { assetFileNames: (asset) => (asset.names.some((n) => n.endsWith('.css')) ? '_astro/site.[hash][extname]' : '_astro/[name].[hash][extname]') },
      },
    },
  },
  // Astro's default processor (satteri) with the content policy as a second layer at render time;
  // MDX inherits it. The verdict is the content-checks integration's, which parses every file on every build.
  // Tables get a labelled scroll container with a hint on phones (src/integrations/table-scroll-plugin.ts).
  markdown: { processor: satteri({ mdastPlugins: [contentPolicyPlugin], hastPlugins: [tableScrollPlugin] }) },
  // Astro's i18n block only tells Astro the locales (Astro.currentLocale, its i18n types). Routing,
  // fallbacks and alternates are our own (src/lib/routing, src/lib/content/translation-map.ts): never
  // use getRelativeLocaleUrl, i18n.fallback or an i18n middleware; they bypass the URL builder and the
  // fallback policy (see DESIGN.md: i18n.fallback drops real translated pages on Astro 7.3.5).
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    contentChecks({ contentDir, publicDir }),
    // npm run dev is the editors' preview: drafts with a banner, a search page that says it needs a build,
    // and no CSP meta tag (the dev server inlines styles); every build has the tag and no drafts.
    devPreview(),
    mdx(),
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(localeRegistry.map((l) => [l.code, l.code])) },
      filter: (page) => isSitemapPage(page, { site: siteUrl, outDir }),
      serialize: (item) => withXDefault(item, siteUrl),
    }),
    searchIndex(timingsFile ? { onIndexed: (time) => writeSearchTiming(timingsFile, time) } : {}),
    // og:image for every page, drawn after the pages are written (and cached in cacheDir).
    shareImages(timingsFile ? { onDone: (stats) => writeShareImageTiming(timingsFile, stats) } : {}),
    // The editor at /admin/ (Sveltia CMS, self-hosted), written after the pages, the search index and the
    // share images so that none of them sees it; configured from the schemas and src/settings.ts.
    admin({
      create: () => ({ config: buildCmsConfig({ repository, siteUrl }), sources: adminConnectSources(repository) }),
      pinnedVersion: packageJson.dependencies['@sveltia/cms'],
    }),
    // The benchmark (npm run bench) asks for phase timings; ordinary builds do not register this.
    ...(timingsFile ? [buildTimings(timingsFile)] : []),
    // Last, so that its warning is the last thing a build prints. A build without SITE_URL warns, or
    // fails when it is meant for deployment (see README).
    siteUrlCheck(env),
  ],
});
