import { describe, it, expect } from 'vitest';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { contentPolicyPlugin } from '../../../src/integrations/content-policy-plugin';

const fileURL = pathToFileURL('/site/content/news/en/kick-off.md');

describe('contentPolicyPlugin', () => {
  it('leaves allowed Markdown and MDX to render as before', async () => {
    expect((await markdownToHtml('Text with H<sub>2</sub>O.', { mdastPlugins: [contentPolicyPlugin], fileURL })).html).toContain('<sub>2</sub>');
    expect(() => mdxToJs('<Callout type="tip">Tip.</Callout>', { mdastPlugins: [contentPolicyPlugin], fileURL })).not.toThrow();
  });

  it('stops rendering a Markdown file with a script, naming the file from the content folder', () => {
    expect(() => markdownToHtml('<script>alert(1)</script>', { mdastPlugins: [contentPolicyPlugin], fileURL })).toThrow(
      /- content\/news\/en\/kick-off\.md: the HTML element <script> is not allowed/,
    );
  });

  it('stops compiling an MDX file that imports code', () => {
    expect(() => mdxToJs("import { execSync } from 'node:child_process'", { mdastPlugins: [contentPolicyPlugin], fileURL })).toThrow(/import and export are not allowed in MDX/);
  });
});
