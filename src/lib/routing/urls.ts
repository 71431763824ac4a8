import { siteUrl } from '../../env';
import { createUrls, type UrlBuilder } from './url-builder';

export { urlFormat, createUrls, assertAbsoluteUrl, type UrlConfig, type UrlBuilder } from './url-builder';

/** The site's URL builder, configured from Astro's `base` and `site`. */
export const urls: UrlBuilder = createUrls({
  base: import.meta.env.BASE_URL ?? '/',
  site: import.meta.env.SITE ?? siteUrl,
});
