/**
 * Every built page, stylesheet and SVG image checked by the W3C Nu HTML Checker (tests/helpers/nu-checker.ts),
 * beside html-validate: the Nu checker reads a page as a browser's parser does and knows the attribute
 * grammars (URLs, dates, CSS), where html-validate knows the content rules. One Java process checks
 * every file before the tests; then one test per file, so that a failure names its file, line and message.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { env, scaleTimeout } from '../../src/env';
import { formatNuMessage, listCheckedFiles, runNuChecker, type NuMessage } from '../helpers/nu-checker';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, env.outDir);
const files = existsSync(dist) ? listCheckedFiles(dist) : [];
let errors: NuMessage[] = [];

// Java's start-up and the whole site take seconds on an idle machine; minutes leave room for a busy one.
beforeAll(async () => {
  errors = await runNuChecker(files);
}, scaleTimeout(300_000));

const errorsIn = (file: string | undefined) => errors.filter((m) => m.file === file).map((m) => formatNuMessage(m, dist));

describe('the Nu HTML Checker', () => {
  it('has the whole built site to check: pages, the stylesheet and SVG images', () => {
    expect(existsSync(dist), 'dist/ is missing: run npm run build first').toBe(true);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(150);
    expect(files.some((f) => f.endsWith('.css'))).toBe(true);
    expect(files.some((f) => f.endsWith('.svg'))).toBe(true);
  });

  it('reports nothing outside the files it was given', () => {
    expect(errors.filter((m) => m.file === undefined || !files.includes(m.file)).map((m) => formatNuMessage(m, dist))).toEqual([]);
  });

  for (const file of files) {
    it(`finds no errors in /${relative(dist, file)}`, () => {
      expect(errorsIn(file)).toEqual([]);
    });
  }
});
