import { NodeType, type HTMLElement, type Node } from 'node-html-parser';
import type { SiteRule } from '../site';

// Inline elements that sit inside a sentence. A template line break between a word and one of these
// can vanish when Astro compresses the HTML ("See<code>content/README.md</code>"), gluing two words.
const inline = new Set(['a', 'abbr', 'b', 'code', 'em', 'i', 'kbd', 'span', 'strong', 'time']);
const letter = /[\p{L}\p{N}]/u;

const lastChar = (node: Node | undefined) => node?.text.at(-1) ?? '';
const firstChar = (node: Node | undefined) => node?.text.at(0) ?? '';

/** A word directly against an inline element's text, with no space between: two words run together. */
export const gluedText: SiteRule = {
  name: 'glued-text',
  ids: ['glued-text'],
  checkPage(page, _site, report) {
    const visit = (el: HTMLElement) => {
      const kids = el.childNodes;
      kids.forEach((node, i) => {
        if (node.nodeType !== NodeType.ELEMENT_NODE) return;
        const child = node as HTMLElement;
        if (inline.has(child.rawTagName?.toLowerCase() ?? '')) {
          const before = kids[i - 1];
          const after = kids[i + 1];
          const glued =
            (before?.nodeType === NodeType.TEXT_NODE && letter.test(lastChar(before)) && letter.test(firstChar(child))) ||
            (after?.nodeType === NodeType.TEXT_NODE && letter.test(firstChar(after)) && letter.test(lastChar(child)));
          if (glued) report(child, 'glued-text', `"${(before?.text ?? '').slice(-12)}${child.outerHTML.slice(0, 40)}" runs a word into the element: put a space between them (a template line break may have been dropped)`);
        }
        if (!['script', 'style', 'pre'].includes(child.rawTagName?.toLowerCase() ?? '')) visit(child);
      });
    };
    visit(page.root);
  },
};
