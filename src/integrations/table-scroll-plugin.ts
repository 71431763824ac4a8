import type { HastPluginEntry } from 'satteri';
import type { Element, ElementContent, Properties } from 'hast';
import { contentLocaleOf, tableHintAttributes, tableRegion } from '../lib/page-data/table-region';

/** hast properties from HTML attribute names (satteri serialises `class` from `className`). */
function toProperties(attrs: Record<string, string>): Properties {
  return Object.fromEntries(Object.entries(attrs).map(([name, value]) => [name === 'class' ? 'className' : name, name === 'class' ? [value] : value]));
}

const isElement = (node: ElementContent | undefined): node is Element => node?.type === 'element';

/**
 * Puts every Markdown table into a labelled, focusable scroll container with a "scroll sideways"
 * hint before wide ones (src/lib/page-data/table-region.ts decides both), so a phone never cuts a
 * column off unannounced and the page itself never scrolls sideways. The label is the heading the
 * table follows, in the file's language.
 * @example markdown: { processor: satteri({ hastPlugins: [tableScrollPlugin] }) } // in astro.config.mjs
 */
export const tableScrollPlugin: HastPluginEntry = ({ fileURL }) => {
  const locale = contentLocaleOf(fileURL);
  return {
    name: 'itbridge-table-scroll',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const siblings = ctx.parent(node).children as ElementContent[];
        const at = ctx.indexOf(node) ?? 0;
        const heading = siblings.slice(0, at).reverse().find((n) => isElement(n) && /^h[1-6]$/.test(n.tagName));
        const firstRow = node.children.filter(isElement).flatMap((part) => part.children.filter(isElement)).find((el) => el.tagName === 'tr');
        const columns = firstRow ? firstRow.children.filter(isElement).length : 0;
        const region = tableRegion(locale, heading ? ctx.textContent(heading) : undefined, columns);
        const wrapper: Element = { type: 'element', tagName: region.tagName, properties: toProperties(region.attributes), children: [node as Element] };
        const hint: Element[] = region.hint
          ? [{ type: 'element', tagName: 'p', properties: toProperties(tableHintAttributes), children: [{ type: 'text', value: region.hint }] }]
          : [];
        ctx.replaceNode(node, [...hint, wrapper]);
      },
    },
  };
};
