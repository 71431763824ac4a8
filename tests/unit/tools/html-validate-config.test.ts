import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';

// The gate over dist/ uses this same configuration; here it must catch defects planted in a page.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const file = resolve(import.meta.dirname, '../../../dist/en/planted/index.html');
const valid = '<!DOCTYPE html><html lang="en"><head><title>Planted page</title></head><body><main><h1>Title</h1><p>Text.</p></main></body></html>';

describe('the HTML validation gate', () => {
  it('accepts a valid page', async () => {
    expect((await validator.validateString(valid, file)).valid).toBe(true);
  });

  it('fails on a duplicate id, an image without alt and a misnested element', async () => {
    const report = await validator.validateString(
      valid.replace('<p>Text.</p>', '<p id="x">Text.</p><p id="x"><img src="a.png"></p><span><div>block in inline</div></span>'),
      file,
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(report.valid).toBe(false);
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37', 'element-permitted-content']));
  });
});
