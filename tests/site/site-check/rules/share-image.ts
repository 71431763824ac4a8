import type { SiteRule } from '../site';
import { pngSize } from '../../../../src/lib/outputs/share-image';

/**
 * Every page names a share image (og:image, with twitter:card summary_large_image and an alt text) at
 * an absolute URL on the site, the file is built, and it is a PNG of the size og:image:width and
 * og:image:height declare.
 */
export const shareImage: SiteRule = {
  name: 'share-image',
  ids: ['share-image-missing', 'share-image-url', 'share-image-404', 'share-image-size'],
  checkPage(page, site, report) {
    const meta = (key: string) => page.root.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    const url = meta('og:image');
    if (!url) return report('meta[property=og:image]', 'share-image-missing', 'no og:image');
    if (meta('twitter:card') !== 'summary_large_image') report('meta[name=twitter:card]', 'share-image-missing', 'twitter:card is not summary_large_image');
    if (!meta('og:image:alt')?.trim()) report('meta[property=og:image:alt]', 'share-image-missing', 'og:image has no alt text');
    if (!/^https?:\/\//.test(url)) return report('meta[property=og:image]', 'share-image-url', `og:image "${url}" is not absolute`);
    const target = new URL(url);
    if (target.origin !== site.origin) return report('meta[property=og:image]', 'share-image-url', `og:image "${url}" is not on ${site.origin}`);
    const bytes = site.readFile(decodeURIComponent(target.pathname));
    if (!bytes) return report('meta[property=og:image]', 'share-image-404', `og:image ${target.pathname} was not built`);
    const size = pngSize(bytes);
    const declared = { width: Number(meta('og:image:width')), height: Number(meta('og:image:height')) };
    if (!size) report('meta[property=og:image]', 'share-image-size', `${target.pathname} is not a PNG`);
    else if (size.width !== declared.width || size.height !== declared.height) {
      report('meta[property=og:image]', 'share-image-size', `${target.pathname} is ${size.width} × ${size.height}, the page declares ${declared.width} × ${declared.height}`);
    }
  },
};
