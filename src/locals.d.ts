/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /**
     * Set by a page before it renders Markdown content, so that MDX components know the file they
     * are in (for error messages) and the language of the text around them (which differs from the
     * page language on a fallback page).
     */
    content?: { file: string; locale: import('./i18n/locales').Locale };
  }
}
