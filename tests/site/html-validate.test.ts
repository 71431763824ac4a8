/**
 * Every built page validated with html-validate's recommended rules (see .htmlvalidate.json for the two
 * formatting rules turned off: Astro's output whitespace and void-element style are not ours to choose).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { distDir as dist, listFiles } from '../helpers/dist';

const root = resolve(import.meta.dirname, '../..');

describe('HTML validation', () => {
  it('finds no errors on any built page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    const files = listFiles(dist).filter((file) => file.endsWith('.html'));
    expect(files.length).toBeGreaterThan(150);
    for (const file of files) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), join(root, '.htmlvalidate.json').replace('.htmlvalidate.json', relative(root, file)));
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`/${relative(dist, file)}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
