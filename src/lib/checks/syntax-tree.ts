/**
 * The one parser of a content file's body for the checks: satteri, the Markdown and MDX parser Astro
 * renders with, so a check sees the tree the page is made from (code blocks are code, a tag written
 * over several lines is one element) and reports true file lines (satteri reads the frontmatter as a
 * node of its own). The content policy and the MDX component checks both read this tree.
 */
import { defineHastPlugin, markdownToMdast, mdxToJs, mdxToMdast, type EstreeProgram, type MdastNode, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';

/** How a file's body is parsed: by its extension. */
export type SyntaxKind = 'markdown' | 'mdx';

/** A JSX element of an MDX file: a component or anything else written as a tag. */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A file the parser refuses (only MDX can be refused: Markdown always parses). */
export interface SyntaxFailure {
  line: number | undefined;
  reason: string;
}

/** The kind of body a file has, from its name. */
export const syntaxKindOf = (file: string): SyntaxKind => (file.endsWith('.mdx') ? 'mdx' : 'markdown');

/**
 * Parses a whole content file (frontmatter included, so lines are the file's) into mdast, or says
 * where and why MDX does not parse.
 * @example parseSyntaxTree('---\ntitle: x\n---\nText', 'markdown') // { tree: { type: 'root', … } }
 * @example parseSyntaxTree('<!-- note -->', 'mdx') // { failure: { line: 1, reason: 'Unexpected character `!` …' } }
 */
export function parseSyntaxTree(text: string, kind: SyntaxKind): { tree: MdastNode } | { failure: SyntaxFailure } {
  try {
    return { tree: (kind === 'mdx' ? mdxToMdast : markdownToMdast)(text, { position: true }) };
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    // satteri starts its parse errors with "line:column: ".
    const located = /^(\d+):\d+: ([\s\S]*)$/.exec(error.message);
    return { failure: located ? { line: Number(located[1]), reason: located[2]!.trim() } : { line: undefined, reason: error.message } };
  }
}

/**
 * Every node of a tree, depth first, in document order.
 * @example [...walkSyntaxTree(tree)].filter((n) => n.type === 'link').length
 */
export function* walkSyntaxTree(node: MdastNode): Generator<MdastNode> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walkSyntaxTree(child);
}

/** The 1-based file line a node starts on (attributes have no position: use their element's). */
export const lineOf = (node: { position?: { start: { line: number } } | undefined }): number | undefined => node.position?.start.line;

type EstreeStatement = EstreeProgram['body'][number];
type EstreeExpression = Extract<EstreeStatement, { type: 'ExpressionStatement' }>['expression'];
type EstreeArrayItem = Extract<EstreeExpression, { type: 'ArrayExpression' }>['elements'][number];
type EstreeProperty = Extract<EstreeExpression, { type: 'ObjectExpression' }>['properties'][number];
type EstreeValue = EstreeExpression | NonNullable<EstreeArrayItem> | Extract<EstreeProperty, { type: 'Property' }>['value'];

/** A JSON-like value written in the source: what a literal expression stands for. */
export type LiteralValue = string | number | boolean | null | LiteralValue[] | { [key: string]: LiteralValue };

/** Not a literal: the value of a literal expression is only known when it is one. */
const notLiteral = Symbol('not a literal');

/** The program of one JavaScript expression, parsed by satteri's own expression parser (oxc). */
function parseExpression(expression: string): EstreeProgram | null | undefined {
  let program: EstreeProgram | null | undefined;
  mdxToJs(`{${expression}}`, {
    hastPlugins: [
      defineHastPlugin({
        name: 'itbridge-parse-expression',
        mdxFlowExpression(node) {
          program = node.parseExpression();
        },
      }),
    ],
  });
  return program;
}

function evaluate(node: EstreeValue): LiteralValue | typeof notLiteral {
  switch (node.type) {
    case 'Literal':
      // A regular expression or a bigint is not a value a component takes (serialized, its value is null).
      if ('regex' in node || 'bigint' in node) return notLiteral;
      return typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean' || node.value === null ? node.value : notLiteral;
    case 'UnaryExpression':
      return node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number' ? -node.argument.value : notLiteral;
    case 'TemplateLiteral':
      return node.expressions.length === 0 && node.quasis.length === 1 ? (node.quasis[0]?.value.cooked ?? notLiteral) : notLiteral;
    case 'ArrayExpression': {
      const items: LiteralValue[] = [];
      for (const element of node.elements) {
        const value = element === null ? notLiteral : evaluate(element);
        if (value === notLiteral) return notLiteral;
        items.push(value);
      }
      return items;
    }
    case 'ObjectExpression': {
      const object: { [key: string]: LiteralValue } = {};
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed || property.method || property.kind !== 'init') return notLiteral;
        const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' && typeof property.key.value === 'string' ? property.key.value : undefined;
        // A shorthand `{ label }` names a variable; `__proto__` would not make a plain key.
        if (key === undefined || property.shorthand || key === '__proto__') return notLiteral;
        const value = evaluate(property.value);
        if (value === notLiteral) return notLiteral;
        object[key] = value;
      }
      return object;
    }
    default:
      return notLiteral;
  }
}

/**
 * The value of a JavaScript expression when it is a literal: a string, a number (also negative), true,
 * false, null, or arrays and objects of those with plain keys. Anything that names, calls or computes
 * something (a variable, a function call, `${…}` in a template) is not a literal: undefined.
 * @example evaluateLiteral("[{ value: '400+', label: 'SMEs' }]") // [{ value: '400+', label: 'SMEs' }]
 * @example evaluateLiteral("fetch('/x')") // undefined
 */
export function evaluateLiteral(expression: string): { value: LiteralValue } | undefined {
  let program: EstreeProgram | null | undefined;
  try {
    program = parseExpression(expression);
  } catch {
    return undefined;
  }
  const [statement, ...rest] = program?.body ?? [];
  if (!statement || rest.length > 0 || statement.type !== 'ExpressionStatement') return undefined;
  const value = evaluate(statement.expression);
  return value === notLiteral ? undefined : { value };
}

/**
 * Whether an MDX `{…}` holds nothing but comments: `{/* a note *\/}` renders nothing and runs nothing.
 * @example isCommentOnly('/* editors: check this figure *\/') // true
 */
export function isCommentOnly(expression: string): boolean {
  try {
    const program = parseExpression(expression);
    return program === null || program === undefined || program.body.length === 0;
  } catch {
    return false;
  }
}

/** One attribute of a JSX element as written. */
export type JsxAttributeValue =
  /** `name="text"`, or `name={…}` holding a literal. */
  | { kind: 'literal'; value: LiteralValue }
  /** `name` alone, which JSX reads as true. */
  | { kind: 'bare' }
  /** `name={…}` holding anything else. */
  | { kind: 'expression'; source: string };

/**
 * The attributes of a JSX element by name, with their literal values where they have one, and the
 * spread attributes (`{...props}`) apart.
 * @example readJsxAttributes(figure).named.get('width') // { kind: 'literal', value: 1200 }
 */
export function readJsxAttributes(element: JsxElement): { named: Map<string, JsxAttributeValue>; spreads: string[] } {
  const named = new Map<string, JsxAttributeValue>();
  const spreads: string[] = [];
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      spreads.push(attribute.value);
      continue;
    }
    const { name, value } = attribute;
    if (value === null || value === undefined) named.set(name, { kind: 'bare' });
    else if (typeof value === 'string') named.set(name, { kind: 'literal', value });
    else {
      const literal = evaluateLiteral(value.value);
      named.set(name, literal ? { kind: 'literal', value: literal.value } : { kind: 'expression', source: value.value });
    }
  }
  return { named, spreads };
}
