/**
 * What editors may write in a content file's body, checked on the parsed tree of every file on every
 * build (and by npm run check:content, with the same words). Content is text, not code: MDX may use
 * Markdown and the documented components with literal values, and nothing that runs when the site is
 * built (import, export, {expressions}); Markdown may hold a few harmless HTML elements and nothing
 * that runs, loads or redirects in the reader's browser. Images come from the site itself (it makes no
 * third-party requests) and links to other sites use https. Anything else stops the build, naming the
 * file, the line and what is allowed, so nothing is dropped from a page without the editor knowing.
 */
import { htmlToHast, type HastNode, type MdastNode } from 'satteri';
import type { MarkdownSource } from './markdown-source';
import { isLocalAddress } from './site-links';
import { lineOf, parseSyntaxTree, readJsxAttributes, walkSyntaxTree, isCommentOnly, type JsxElement, type SyntaxKind } from './syntax-tree';

/** One thing in a file's body that is not allowed, at its line. */
export interface PolicyProblem {
  line: number | undefined;
  message: string;
}

/** The MDX components editors may use, and the attributes each takes (src/components/mdx/). */
export const allowedComponents: Readonly<Record<string, readonly string[]>> = {
  Callout: ['type', 'title'],
  Figure: ['src', 'alt', 'caption', 'width', 'height'],
  StatGrid: ['items'],
  PartnerCard: ['id'],
  Chart: ['src', 'type', 'title', 'description', 'labelHeader'],
};

/**
 * The HTML elements a Markdown (.md) file may contain, and their attributes (hast property names).
 * None loads anything, runs anything or takes a URL.
 */
export const allowedHtml: Readonly<Record<string, readonly string[]>> = {
  br: [],
  sup: [],
  sub: [],
  kbd: [],
  abbr: ['title'],
  details: ['open'],
  summary: [],
};

const componentList = Object.keys(allowedComponents).join(', ');
const htmlList = Object.entries(allowedHtml)
  .map(([tag, attributes]) => `<${tag}${attributes.map((a) => ` ${a}`).join('')}>`)
  .join(', ');
/** Schemes that run code or smuggle content in a URL; refused wherever a URL appears. */
const dangerousSchemes = ['javascript', 'data', 'vbscript'];
/** Link schemes besides https that leave the site safely. */
const otherLinkSchemes = ['mailto'];

/** A value as shown in a message: whole when short, cut when an editor would not read it all. */
const shown = (value: string, max = 60) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/**
 * A URL with what a browser ignores removed: leading controls and spaces, and tabs and line breaks
 * anywhere (`java&#9;script:` is `javascript:`). Spaces inside are removed too, which can only refuse
 * more, never less.
 */
const cleanUrl = (url: string) => url.replace(/[\u0000-\u0020\u007f]/g, '');

/** The scheme of a URL as a browser reads it (any case), or undefined for a path. */
const schemeOf = (url: string): string | undefined => /^([a-z][a-z0-9+.-]*):/.exec(cleanUrl(url).toLowerCase())?.[1];

/** `//host/…`, and `\\host` or `/\host`, which browsers read the same way: another site, in the page's scheme. */
const isProtocolRelative = (url: string) => /^[\\/]{2}/.test(cleanUrl(url));

/** What is wrong with a link's address, or undefined when it is allowed. */
function describeLinkProblem(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme && dangerousSchemes.includes(scheme)) {
    return `link ${shown(url)} is not allowed: ${scheme}: addresses run code or hide content. Link to a page of the site (/en/…) or to an https:// address.`;
  }
  // A preview address is reported as such, with the path to write instead (site-links.ts).
  if (isLocalAddress(cleanUrl(url))) return undefined;
  if (scheme === 'http') return `link ${shown(url)} is not secure: links to other sites must start with https://.`;
  if (isProtocolRelative(url)) return `link ${shown(url)} has no scheme: links to other sites must start with https://.`;
  if (scheme && scheme !== 'https' && !otherLinkSchemes.includes(scheme)) {
    return `link ${shown(url)} is not allowed: use a page of the site (/en/…), an https:// address or mailto:.`;
  }
  return undefined;
}

/** What is wrong with an image's address, or undefined when the image is the site's own. */
function describeImageProblem(url: string, written: string, example: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme && dangerousSchemes.includes(scheme)) {
    return `${written} is not allowed: ${scheme}: addresses can hide any content. Put the image in public/images/ and write ${example}.`;
  }
  if (scheme || isProtocolRelative(url)) {
    return `${written} is not on this site, and the site makes no third-party requests. Put the image in public/images/ and write ${example}.`;
  }
  return undefined;
}

/** The attribute name an editor wrote, from a hast property name (onError → onerror, dataPagefindMeta → data-pagefind-meta). */
function attributeName(property: string): string {
  const special: Record<string, string> = { className: 'class', htmlFor: 'for', httpEquiv: 'http-equiv', acceptCharset: 'accept-charset' };
  if (special[property]) return special[property];
  if (/^data[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

/**
 * The nodes of parsed HTML in document order, each with how many lines into the HTML it starts. The
 * parser keeps no positions; the line breaks of the text and comments before a node give its line.
 */
function* walkHast(root: HastNode): Generator<{ node: HastNode; lineOffset: number }> {
  let lineOffset = 0;
  function* visit(node: HastNode): Generator<{ node: HastNode; lineOffset: number }> {
    yield { node, lineOffset };
    if (node.type === 'text' || node.type === 'comment') lineOffset += node.value.split('\n').length - 1;
    if ('children' in node) for (const child of node.children) yield* visit(child);
  }
  yield* visit(root);
}

const htmlAdvice = `Allowed HTML: ${htmlList}; write links as [text](https://…) and images as ![what it shows](/images/….jpg).`;

/** The problems of one raw HTML node of a Markdown file, read by satteri's HTML parser, each with its line in the HTML (from 0). */
function findHtmlProblems(html: string): { lineOffset: number; message: string }[] {
  const problems: { lineOffset: number; message: string }[] = [];
  for (const { node, lineOffset } of walkHast(htmlToHast(html, { fragment: true }))) {
    const push = (message: string) => problems.push({ lineOffset, message });
    if (node.type === 'comment') {
      push('HTML comments (<!-- … -->) are not allowed: they are published in the page source for anyone to read. Delete the note, or keep it outside the content.');
    } else if (node.type === 'element') {
      const allowed = allowedHtml[node.tagName];
      if (!allowed) {
        push(`the HTML element <${node.tagName}> is not allowed. ${htmlAdvice}`);
        continue;
      }
      for (const property of Object.keys(node.properties)) {
        if (!allowed.includes(property)) push(`the attribute ${attributeName(property)} of <${node.tagName}> is not allowed. ${htmlAdvice}`);
      }
    }
  }
  return problems;
}

const literalAdvice = 'Write text in quotes (title="…"), a number (width={1200}) or a list of literal values (items={[{ value: \'400+\', label: \'…\' }]}).';

/** The problems of one JSX element of an MDX file. */
function findJsxProblems(element: JsxElement): string[] {
  const name = element.name ?? '';
  const allowed = Object.hasOwn(allowedComponents, name) ? allowedComponents[name] : undefined;
  if (!allowed) {
    return [`<${name}> is not allowed in MDX. Write the text in Markdown, and use only the components ${componentList} (see content/README.md).`];
  }
  const problems: string[] = [];
  const { named, spreads } = readJsxAttributes(element);
  for (const spread of spreads) problems.push(`<${name}>: {${shown(spread, 40)}} is not allowed: write each attribute by name. ${literalAdvice}`);
  for (const [attribute, value] of named) {
    if (!allowed.includes(attribute)) {
      problems.push(`<${name}>: ${attribute} is not an attribute of ${name}. Allowed: ${allowed.join(', ')}.`);
    } else if (value.kind === 'expression') {
      problems.push(`<${name}>: ${attribute}={${shown(value.source, 40)}} is not a literal value, and code in MDX would run when the site is built. ${literalAdvice}`);
    }
  }
  const src = named.get('src');
  if (name === 'Figure' && src?.kind === 'literal' && typeof src.value === 'string') {
    const problem = describeImageProblem(src.value, `src="${shown(src.value)}"`, 'src="/images/photo.jpg"');
    if (problem) problems.push(`<Figure>: ${problem}`);
  }
  return problems;
}

/** The problems of one node of the tree; image references are checked against their definitions. */
function findNodeProblems(node: MdastNode, kind: SyntaxKind, definitions: ReadonlyMap<string, string>): (string | { lineOffset: number; message: string })[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [
        `import and export are not allowed in MDX: they would run code when the site is built. The components ${componentList} need no import; ` +
          'an image goes in public/images/ and is shown with <Figure src="/images/….jpg" …>.',
      ];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isCommentOnly(node.value)
        ? []
        : [`{${shown(node.value, 40)}} is not allowed in MDX: code in braces would run when the site is built. Write the text itself; only {/* comments */} may stand in braces.`];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return findJsxProblems(node);
    case 'html':
      // MDX has no raw HTML nodes (its tags are JSX); Markdown's are parsed as a browser would.
      return kind === 'markdown' ? findHtmlProblems(node.value) : [];
    case 'link':
    case 'definition': {
      const problem = describeLinkProblem(node.url);
      return problem ? [problem] : [];
    }
    case 'image': {
      const problem = describeImageProblem(node.url, `image ${shown(node.url)}`, `![${node.alt ?? '…'}](/images/${'photo.jpg'})`);
      return problem ? [problem] : [];
    }
    case 'imageReference': {
      const url = definitions.get(node.identifier);
      const problem = url === undefined ? undefined : describeImageProblem(url, `image ${shown(url)}`, `![${node.alt ?? '…'}](/images/photo.jpg)`);
      return problem ? [problem] : [];
    }
    default:
      return [];
  }
}

/**
 * Everything in a file's body that editors may not write, each with its line and what is allowed.
 * `kind` is the file's: "mdx" for .mdx, "markdown" for .md.
 * @example findPolicyProblems(parseMarkdownSource('---\ntitle: x\n---\n<script>alert(1)</script>'), 'markdown')[0]
 * // { line: 4, message: 'the HTML element <script> is not allowed. Allowed HTML: <br>, … ' }
 */
export function findPolicyProblems(source: Pick<MarkdownSource, 'text'>, kind: SyntaxKind): PolicyProblem[] {
  const parsed = parseSyntaxTree(source.text, kind);
  if ('failure' in parsed) {
    return [
      {
        line: parsed.failure.line,
        message:
          `is not valid MDX (${parsed.failure.reason}). In .mdx files < starts a component and { starts code: ` +
          'write &lt; and &#123; for the characters, and {/* … */} for a comment.',
      },
    ];
  }
  const nodes = [...walkSyntaxTree(parsed.tree)];
  const definitions = new Map<string, string>();
  for (const node of nodes) if (node.type === 'definition') definitions.set(node.identifier, node.url);
  return nodes.flatMap((node) => {
    const line = lineOf(node);
    return findNodeProblems(node, kind, definitions).map((found) =>
      typeof found === 'string' ? { line, message: found } : { line: line === undefined ? undefined : line + found.lineOffset, message: found.message },
    );
  });
}
