import { render } from 'astro:content';
import type { LocalizedEntry } from '../content/site-content';
import type { ResolvedVersion } from '../content/translation-map';

/**
 * Renders the Markdown of the version a page shows, after telling MDX components (through
 * `Astro.locals.content`) which file they are in and the language of the text around them. Both detail
 * routes render through here, so no route can forget the context the components need.
 */
export async function renderEntry(locals: App.Locals, version: ResolvedVersion<LocalizedEntry>) {
  locals.content = { file: version.entry.filePath ?? version.entry.id, locale: version.contentLocale, pageLocale: version.locale };
  return render(version.entry);
}
