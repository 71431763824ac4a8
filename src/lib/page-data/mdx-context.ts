import type { Locale } from '../../i18n/locales';

/**
 * What an MDX component knows about the text it sits in; pages set it in `Astro.locals.content`
 * before rendering. Throws when a component is used outside page content, where it would not know
 * the language of its labels.
 */
export function requireContentContext(locals: App.Locals, component: string): { file: string; locale: Locale; pageLocale: Locale } {
  if (!locals.content) {
    throw new Error(`<${component}> can only be used inside Markdown content rendered by a page (Astro.locals.content is not set).`);
  }
  return locals.content;
}

/** An error message for editors: the file, the component as written, and what to change. */
export function componentError(file: string, component: string, problem: string): Error {
  return new Error(`${file}: <${component}>: ${problem}`);
}
