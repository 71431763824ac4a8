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

/**
 * What is wrong with a component as written, in the words the build and npm run check:content share.
 * @example describeComponentProblem('PartnerCard', 'id="x" is not a partner.') // '<PartnerCard>: id="x" is not a partner.'
 */
export function describeComponentProblem(component: string, problem: string): string {
  return `<${component}>: ${problem}`;
}

/** An error message for editors: the file, the component as written, and what to change. */
export function componentError(file: string, component: string, problem: string): Error {
  return new Error(`${file}: ${describeComponentProblem(component, problem)}`);
}

/**
 * Why a `<PartnerCard id>` naming no partner cannot be drawn, with the ids to choose from.
 * @example describeUnknownPartner('omega', ['alpha']) // 'id="omega" is not a partner. Use one of: alpha.'
 */
export function describeUnknownPartner(id: string, organisationIds: readonly string[]): string {
  return `id="${id}" is not a partner. Use one of: ${organisationIds.join(', ')}.`;
}
