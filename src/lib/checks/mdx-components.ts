import { readChartSource, ChartSourceError } from '../chart/chart-source';
import { describeComponentProblem, describeUnknownPartner } from '../page-data/mdx-context';
import { maskedBody, type MarkdownSource } from './markdown-source';

export interface ComponentProblem {
  line: number;
  message: string;
}

export interface ComponentContext {
  /** Where `<Chart src>` files live (content/data). */
  dataDir: string;
  /** The partner ids of organisations.yaml. */
  organisationIds: readonly string[];
}

/** Balanced `{…}` up to three levels deep: enough for JSX values such as `items={[{ value: '180+' }]}`. */
const braces = String.raw`\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}`;
const attribute = new RegExp(String.raw`([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(${braces})))?`, 'g');
const checkedTag = new RegExp(String.raw`<(Chart|PartnerCard)\b((?:\s+[A-Za-z_][\w-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|${braces}))?)*)\s*\/?>`, 'g');

/** Literal attribute values by name; an expression such as `{title}` is present but unknown (null). */
function readAttributes(text: string): Map<string, string | null> {
  const values = new Map<string, string | null>();
  for (const m of text.matchAll(attribute)) {
    const literal = m[2] ?? m[3] ?? /^\{\s*(?:"([^"]*)"|'([^']*)')\s*\}$/.exec(m[4] ?? '')?.slice(1).find((v) => v !== undefined);
    values.set(m[1]!, literal ?? (m[4] ? null : ''));
  }
  return values;
}

/**
 * The MDX components that stop the build when they render with bad props, checked from the source
 * with the components' own rules and words: `<Chart>` (props and its data file) and `<PartnerCard id>`.
 * Only literal values can be checked; a prop written as an expression is left to the build.
 * @example findComponentProblems(parseMarkdownSource('<PartnerCard id="omega" />'), { dataDir, organisationIds: ['alpha'] })[0]?.message
 * // '<PartnerCard>: id="omega" is not a partner. Use one of: alpha.'
 */
export function findComponentProblems(source: MarkdownSource, context: ComponentContext): ComponentProblem[] {
  // A tag shown in a code example is not a component; blanked lines keep the line numbers.
  const text = maskedBody(source);
  const problems: ComponentProblem[] = [];
  for (const m of text.matchAll(checkedTag)) {
    const line = text.slice(0, m.index).split('\n').length;
    const attrs = readAttributes(m[2] ?? '');
    if (m[1] === 'PartnerCard') {
      const id = attrs.get('id');
      if (typeof id === 'string' && !context.organisationIds.includes(id)) {
        problems.push({ line, message: describeComponentProblem('PartnerCard', describeUnknownPartner(id, context.organisationIds)) });
      }
      continue;
    }
    const src = attrs.get('src');
    if (typeof src !== 'string') continue;
    // An expression counts as given (only the build knows its value); a missing prop as missing.
    const valueOf = (name: string) => {
      const value = attrs.get(name);
      return value === null ? `{${name}}` : value;
    };
    try {
      readChartSource({ src, type: attrs.get('type') ?? undefined, title: valueOf('title'), description: valueOf('description') }, context.dataDir);
    } catch (error) {
      if (!(error instanceof ChartSourceError)) throw error;
      problems.push({ line, message: describeComponentProblem(`Chart src="${src}"`, error.message) });
    }
  }
  return problems;
}
