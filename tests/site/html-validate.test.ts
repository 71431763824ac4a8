/**
 * Every built page validated with html-validate's recommended rules (see .htmlvalidate.json for the two
 * formatting rules turned off: Astro's output whitespace and void-element style are not ours to choose).
 * One test per page, so that a slow machine stretches no single test past its limit and a failure
 * names its page.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { env } from '../../src/env';
import { listFiles } from '../helpers/dist';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, env.outDir);
const files = existsSync(dist) ? listFiles(dist, '.html') : [];
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validation', () => {
  it('has the whole built site to validate', () => {
    expect(existsSync(dist), 'dist/ is missing: run npm run build first').toBe(true);
    expect(files.length).toBeGreaterThan(150);
  });

  for (const file of files) {
    const page = `/${relative(dist, file)}`;
    it(`finds no errors in ${page}`, async () => {
      // The file's own path lets html-validate find .htmlvalidate.json above it.
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      const problems = report.results.flatMap((result) => result.messages.map((m) => `${page}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`));
      expect(problems).toEqual([]);
    });
  }
});
