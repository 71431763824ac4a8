import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { findPolicyProblems } from '../lib/checks/content-policy';

/** The file as editors know it: from the content folder on when the path has one. */
function describeFile(fileURL: URL | undefined): string {
  if (!fileURL) return 'a content file';
  const path = fileURLToPath(fileURL);
  const at = path.lastIndexOf('/content/');
  return at >= 0 ? path.slice(at + 1) : path;
}

/**
 * The content policy once more, where Astro renders Markdown and MDX: a second layer behind the
 * content-checks integration, which stops the build first. It only matters for a file that reaches
 * the renderer unchecked, such as one edited while `npm run dev` runs. It throws, so the page is not
 * made from refused content: Astro fails an MDX page, and publishes a Markdown page with an empty
 * body while logging the reason. Lines are left out: in the Markdown path Astro hands over the body
 * without its frontmatter, so they would not be the file's (npm run check:content gives them).
 * @example markdown: { processor: satteri({ mdastPlugins: [contentPolicyPlugin] }) } // in astro.config.mjs
 */
export const contentPolicyPlugin: MdastPluginEntry = ({ source, sourceFormat, fileURL }) => {
  const problems = findPolicyProblems({ text: source }, sourceFormat);
  if (problems.length > 0) {
    const file = describeFile(fileURL);
    throw new Error(`Content policy (run npm run check:content for the lines):\n${problems.map((p) => `- ${file}: ${p.message}`).join('\n')}`);
  }
  // Nothing to add to the pipeline: the check is the whole plugin.
  return null;
};
