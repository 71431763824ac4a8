import { readChartSource, ChartSourceError } from '../chart/chart-source';
import { describeComponentProblem, describeUnknownPartner } from '../page-data/mdx-context';
import type { MarkdownSource } from './markdown-source';
import { lineOf, parseSyntaxTree, readJsxAttributes, walkSyntaxTree, type JsxElement } from './syntax-tree';

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

/**
 * Attribute values by name as strings: a literal string (`id="x"` or `id={"x"}`), or null for a value
 * written otherwise (an expression, a number), which only the build can judge.
 */
function readStringAttributes(element: JsxElement): Map<string, string | null> {
  const values = new Map<string, string | null>();
  for (const [name, value] of readJsxAttributes(element).named) {
    values.set(name, value.kind === 'literal' && typeof value.value === 'string' ? value.value : value.kind === 'bare' ? '' : null);
  }
  return values;
}

/**
 * The MDX components that stop the build when they render with bad props, checked from the source
 * with the components' own rules and words: `<Chart>` (props and its data file) and `<PartnerCard id>`.
 * Only literal values can be checked; a prop written as an expression is left to the build (and
 * refused by the content policy unless it is a literal).
 * @example findComponentProblems(parseMarkdownSource('<PartnerCard id="omega" />'), { dataDir, organisationIds: ['alpha'] })[0]?.message
 * // '<PartnerCard>: id="omega" is not a partner. Use one of: alpha.'
 */
export function findComponentProblems(source: MarkdownSource, context: ComponentContext): ComponentProblem[] {
  // Parsed as the page is: a tag shown in a code example is code, not a component. A file that does not
  // parse is reported by the content policy.
  const parsed = parseSyntaxTree(source.text, 'mdx');
  if (!('tree' in parsed)) return [];
  const problems: ComponentProblem[] = [];
  for (const node of walkSyntaxTree(parsed.tree)) {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || (node.name !== 'Chart' && node.name !== 'PartnerCard')) continue;
    const line = lineOf(node) ?? 1;
    const attrs = readStringAttributes(node);
    if (node.name === 'PartnerCard') {
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
