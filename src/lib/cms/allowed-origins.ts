/**
 * Every origin `dist/sveltia-cms.js` (0.221.1, after the rewrites of bundle.ts) names, classified by a
 * reviewer. The build stops on any origin not listed here (bundle.ts `checkExternalOrigins`), so an
 * upgrade that brings a new address is reviewed before it ships. Being listed is not permission to fetch:
 * the admin page's Content Security Policy allows only the site itself and the configured Git host
 * (admin-page.ts), and the configuration switches the optional services off (config.ts).
 * How the list was made: docs/editing-ui.md, "How /admin/ is built".
 */

/** Git hosts and their sign-in pages: fetched or opened only for the backend configured in src/settings.ts. */
const gitHosts = [
  'https://api.github.com',
  'https://github.com',
  'https://api.netlify.com', // GitHub's default OAuth relay; replaced by the consortium's relay or unused with tokens
  'https://gitlab.com',
  'https://gitea.com',
  'https://codeberg.org',
];

/** Services the CMS can use only when configured with an account or key; this site configures none, and the CSP blocks them. */
const unconfiguredServices = [
  'https://api.pexels.com',
  'https://pixabay.com',
  'https://picsum.photos',
  'https://api.unsplash.com',
  'https://unsplash.com',
  'https://res.cloudinary.com',
  'https://api.uploadcare.com',
  'https://upload.uploadcare.com',
  'https://ucarecdn.com',
  'https://${}',
  'https://${}.${}',
  'https://${}.s3.${}.amazonaws.com',
  'https://s3.${}.amazonaws.com',
  'https://${}.supabase.co',
  'https://${}.storage.supabase.co',
  'https://${}.s3.${}.backblazeb2.com',
  'https://s3.${}.backblazeb2.com',
  'https://${}.s3.${}.scw.cloud',
  'https://s3.${}.scw.cloud',
  'https://${}.digitaloceanspaces.com',
  'https://${}.${}.digitaloceanspaces.com',
  'https://${}-s3.storage.bunnycdn.com',
  'https://translation.googleapis.com',
  'https://generativelanguage.googleapis.com',
  'https://api.openai.com',
  'https://api.anthropic.com',
  'https://api.mistral.ai',
  'https://api.deepseek.com',
  'https://{s}.tile.openstreetmap.org', // the map widget, not used
  'https://nominatim.openstreetmap.org', // the map widget, not used
  'https://www.youtube-nocookie.com', // embeds of YouTube links in the editor's preview; frame-src does not allow it
  'https://www.youtube.com',
  'https://youtu.be',
];

/** Compared against or only in development builds: never fetched by the shipped bundle. */
const neverFetched = [
  'https://identity.netlify.com', // a querySelector string for a warning
  'http://localhost:5174', // the bundle's development server, behind DEV: false
  'https://localhost', // a fallback base for parsing URLs
];

/** Links shown in the editor's interface and messages, and XML or JSON Schema namespaces: text, not requests. */
const linksAndNamespaces = [
  'https://sveltiacms.app',
  'https://svelte.dev',
  'https://lexical.dev',
  'http://www.w3.org',
  'http://json-schema.org',
  'https://fontsource.org',
  'https://stackoverflow.com',
  'https://bsky.app',
  'https://discord.com',
  'https://status.gitlab.com',
  'https://www.githubstatus.com', // the status page's link; its API is rewritten to a stub
  'https://www.openstreetmap.org',
  'https://www.pexels.com',
  'https://cloudinary.com',
  'https://console.cloudinary.com',
  'https://uploadcare.com',
  'https://app.uploadcare.com',
  'https://aws.amazon.com',
  'https://console.aws.amazon.com',
  'https://docs.aws.amazon.com',
  'https://azure.microsoft.com',
  'https://portal.azure.com',
  'https://learn.microsoft.com',
  'https://www.backblaze.com',
  'https://secure.backblaze.com',
  'https://bunny.net',
  'https://dash.bunny.net',
  'https://www.cloudflare.com',
  'https://developers.cloudflare.com',
  'https://dash.cloudflare.com',
  'https://www.digitalocean.com',
  'https://docs.digitalocean.com',
  'https://cloud.digitalocean.com',
  'https://www.scaleway.com',
  'https://console.scaleway.com',
  'https://supabase.com',
  'https://console.cloud.google.com',
  'https://aistudio.google.com',
  'https://ai.google.dev',
  'https://platform.openai.com',
  'https://platform.claude.com',
  'https://docs.claude.com',
  'https://console.mistral.ai',
  'https://docs.mistral.ai',
  'https://platform.deepseek.com',
  'https://api-docs.deepseek.com',
];

/** The reviewed origins of the main bundle. */
export const allowedBundleOrigins: ReadonlySet<string> = new Set([...gitHosts, ...unconfiguredServices, ...neverFetched, ...linksAndNamespaces]);

/** The reviewed origins of `dist/chunks/react-dom.js`: React's error-decoder links and the SVG/MathML namespaces. */
export const allowedReactDomOrigins: ReadonlySet<string> = new Set(['https://react.dev', 'http://www.w3.org']);
