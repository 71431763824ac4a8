/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** Whether pages carry the CSP meta tag: true in builds, false under astro dev (src/integrations/dev-preview.ts). */
  readonly ITBRIDGE_CSP_META: boolean;
  /** Whether the site runs as the editors' preview: true under astro dev, false in builds (src/integrations/dev-preview.ts). */
  readonly ITBRIDGE_PREVIEW: boolean;
}

declare namespace App {
  interface Locals {
    /**
     * Set by a page before it renders Markdown content, so that MDX components know the file they
     * are in (for error messages) and the language of the text around them (which differs from the
     * page language on a fallback page).
     */
    content?: {
      file: string;
      /** Language of the text around the component. */
      locale: import('./i18n/locales').Locale;
      /** Language of the page (the reader's), for links out of the component. */
      pageLocale: import('./i18n/locales').Locale;
    };
    /**
     * Ids of the charts rendered on this page so far, so that two charts on the same data file get
     * different ids. Locals live for one page render, which is exactly the scope ids must be unique in.
     */
    chartIds?: Set<string>;
  }
}
