/**
 * The editor at /admin/ (Sveltia CMS, self-hosted), driven as an editor on their own computer would use
 * it: "Work with Local Repository" on 127.0.0.1, with the browser's private file system (OPFS) standing
 * in for the clone's folder. An English press release and its Ukrainian translation are created and a
 * guide's Ukrainian translation is edited; the files written are compared exactly, and then checked and
 * built as a site, as the publishing workflow would after the editor commits them. Nothing may leave
 * 127.0.0.1 and the admin page's own policy must never be violated.
 */
import { test, expect, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { readOpfs, useOpfsAsFolderPicker, writeOpfs } from '../helpers/opfs';
import { previewOrigin, scaleTimeout } from '../../src/env';

test.describe.configure({ mode: 'serial' });

const root = resolve(import.meta.dirname, '../..');
const guide = 'eu-market-entry-for-it-smes';
const slug = 'a-press-release-written-in-the-editor';

/** What the editor's folder holds before: the guide in every language, and the partner profiles the relation lists. */
function seedFiles(): Record<string, string> {
  const files: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n' };
  for (const locale of readdirSync(join(root, 'content/guides'))) {
    const path = `content/guides/${locale}/${guide}.md`;
    if (existsSync(join(root, path))) files[path] = readFileSync(join(root, path), 'utf8');
  }
  for (const name of readdirSync(join(root, 'content/partners/en'))) files[`content/partners/en/${name}`] = readFileSync(join(root, 'content/partners/en', name), 'utf8');
  return files;
}

/** Frontmatter (parsed) and body of a Markdown file. */
function split(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`no frontmatter in:\n${text}`);
  return { data: yaml.load(m[1]!, { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>, body: m[2]! };
}

/** Records what the page must never do: requests off 127.0.0.1, policy violations, failed requests. */
async function watch(page: Page) {
  const outside: string[] = [];
  const failed: string[] = [];
  const violations: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  return { outside, failed, violations };
}

let written: Record<string, string> = {};
let seeded: Record<string, string> = {};

test('an editor creates a press release in English and Ukrainian and edits a guide’s translation, and exactly those files are written', async ({ page, context }) => {
  test.setTimeout(scaleTimeout(120_000));
  const watched = await watch(page);
  await useOpfsAsFolderPicker(context);
  seeded = seedFiles();

  await page.goto('/admin/');
  await writeOpfs(page, seeded);
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await expect(page.getByRole('treeitem', { name: 'Guides' })).toBeVisible();

  const saved = async () => {
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Entry saved' })).toBeVisible();
    // Saving closes the entry and shows its collection.
    await expect(page).toHaveURL(/#\/collections\/[a-z]+$/);
  };
  const switchLocale = async (language: string) => {
    await page.getByRole('combobox', { name: 'Switch Locale' }).first().click();
    await page.getByRole('option', { name: new RegExp(`^${language}`) }).click();
  };
  const editorOf = (language: string) => page.getByRole('group', { name: new RegExp(`^Edit .${language}. Content$`) });

  // 1. A new English press release.
  await page.goto('/admin/#/collections/news/new');
  const en = editorOf('English');
  await en.getByRole('textbox', { name: 'Title' }).fill('A press release written in the editor');
  await en.getByRole('textbox', { name: 'Description' }).fill('An editor wrote this press release in the browser, without a terminal.');
  await en.getByRole('textbox', { name: 'Publication date' }).fill('2026-11-20');
  // Ten topics: a drop-down list of their English names, with several choices.
  await en.getByRole('combobox', { name: 'Topics' }).click();
  await page.getByRole('option', { name: 'Knowledge exchange' }).click();
  const partner = en.getByRole('checkbox', { name: 'Transilvania IT Cluster' });
  await partner.click();
  await expect(partner).toBeChecked();
  // The text opens as plain Markdown.
  await en.getByRole('textbox', { name: 'Text' }).fill('The editor at /admin/ wrote this file.');
  await saved();

  // 2. Its Ukrainian translation, added to the same entry.
  await page.goto(`/admin/#/collections/news/entries/${slug}`);
  await switchLocale('Ukrainian');
  await page.getByRole('button', { name: /^Enable .Ukrainian.$/ }).click();
  const uk = editorOf('Ukrainian');
  await uk.getByRole('textbox', { name: 'Title' }).fill('Пресреліз, написаний у редакторі');
  await uk.getByRole('textbox', { name: 'Description' }).fill('Редактор написав цей пресреліз у браузері, без термінала.');
  await uk.getByRole('textbox', { name: 'Text' }).fill('Цей файл записав редактор на /admin/.');
  await saved();

  // 3. The guide's Ukrainian translation: a new description.
  await page.goto(`/admin/#/collections/guides/entries/${guide}`);
  await switchLocale('Ukrainian');
  const description = editorOf('Ukrainian').getByRole('textbox', { name: 'Description' });
  await description.fill('Практичний посібник для українських ІТ-компаній, які готуються продавати в ЄС: ринки, договори, партнери, кластери.');
  await saved();

  written = await readOpfs(page);

  expect(written[`content/news/en/${slug}.md`]).toBe(
    [
      '---',
      'title: A press release written in the editor',
      'description: An editor wrote this press release in the browser, without a terminal.',
      'draft: false',
      'pubDate: 2026-11-20',
      'topics:',
      '  - knowledge-exchange',
      'partners:',
      '  - transilvania-it-cluster',
      '---',
      '',
      'The editor at /admin/ wrote this file.',
      '',
    ].join('\n'),
  );
  // The translation holds only translated fields: the language-neutral ones stay in the original.
  expect(written[`content/news/uk/${slug}.md`]).toBe(
    [
      '---',
      'title: Пресреліз, написаний у редакторі',
      'description: Редактор написав цей пресреліз у браузері, без термінала.',
      'draft: false',
      '---',
      '',
      'Цей файл записав редактор на /admin/.',
      '',
    ].join('\n'),
  );
  const before = split(seeded[`content/guides/uk/${guide}.md`]!);
  const after = split(written[`content/guides/uk/${guide}.md`]!);
  expect(after.data).toEqual({ ...before.data, description: 'Практичний посібник для українських ІТ-компаній, які готуються продавати в ЄС: ринки, договори, партнери, кластери.', draft: false });
  expect(after.body).toBe(before.body);
  // Every other file keeps its content: a save may rewrite the entry's other languages' formatting (see
  // src/lib/content/freshness.ts, which compares content for that reason), never their fields or text.
  for (const [path, text] of Object.entries(seeded)) {
    if (path.startsWith('.git/') || path === `content/guides/uk/${guide}.md`) continue;
    const was = split(text);
    const now = split(written[path] ?? '');
    expect({ ...now.data, draft: now.data.draft ?? false }, path).toEqual({ ...was.data, draft: was.data.draft ?? false });
    expect(now.body, path).toBe(was.body);
  }
  expect(Object.keys(written).sort()).toEqual([...Object.keys(seeded).filter((p) => !p.startsWith('.git/')), `content/news/en/${slug}.md`, `content/news/uk/${slug}.md`].sort());

  expect(watched.outside, 'requests that left 127.0.0.1').toEqual([]);
  expect(watched.violations, 'violations of the admin page’s policy').toEqual([]);
  expect(watched.failed, 'requests the site could not answer').toEqual([]);
});

test('a new entry written in English and Ukrainian before its first save is saved as both files at once', async ({ page, context }) => {
  test.setTimeout(scaleTimeout(60_000));
  const watched = await watch(page);
  await useOpfsAsFolderPicker(context);
  await page.goto('/admin/');
  await writeOpfs(page, { '.git/HEAD': 'ref: refs/heads/main\n' });
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await expect(page.getByRole('treeitem', { name: 'News' })).toBeVisible();

  await page.goto('/admin/#/collections/news/new');
  const en = page.getByRole('group', { name: /^Edit .English. Content$/ });
  await en.getByRole('textbox', { name: 'Title' }).fill('Both languages in one save');
  await en.getByRole('textbox', { name: 'Description' }).fill('The English and the Ukrainian version are written before the first save.');
  await en.getByRole('textbox', { name: 'Publication date' }).fill('2026-11-21');
  await en.getByRole('combobox', { name: 'Topics' }).click();
  await page.getByRole('option', { name: 'Networking' }).click();
  await en.getByRole('textbox', { name: 'Text' }).fill('English text.');
  await page.getByRole('combobox', { name: 'Switch Locale' }).first().click();
  await page.getByRole('option', { name: /^Ukrainian/ }).click();
  await page.getByRole('button', { name: /^Enable .Ukrainian.$/ }).click();
  const uk = page.getByRole('group', { name: /^Edit .Ukrainian. Content$/ });
  await uk.getByRole('textbox', { name: 'Title' }).fill('Обидві мови за одне збереження');
  await uk.getByRole('textbox', { name: 'Description' }).fill('Англійську й українську версії написано до першого збереження.');
  await uk.getByRole('textbox', { name: 'Text' }).fill('Український текст.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry saved' })).toBeVisible();

  const files = await readOpfs(page);
  expect(Object.keys(files).sort()).toEqual(['content/news/en/both-languages-in-one-save.md', 'content/news/uk/both-languages-in-one-save.md']);
  expect(split(files['content/news/en/both-languages-in-one-save.md']!).data).toEqual({
    title: 'Both languages in one save',
    description: 'The English and the Ukrainian version are written before the first save.',
    draft: false,
    pubDate: '2026-11-21',
    topics: ['networking'],
  });
  expect(split(files['content/news/uk/both-languages-in-one-save.md']!)).toEqual({
    data: { title: 'Обидві мови за одне збереження', description: 'Англійську й українську версії написано до першого збереження.', draft: false },
    body: '\nУкраїнський текст.\n',
  });
  expect([...watched.outside, ...watched.violations, ...watched.failed]).toEqual([]);
});

/** Runs a Node script of the project to completion, without blocking the test runner. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env } });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output }));
  });
}

test('the files the editor wrote pass check:content and build into the expected pages', async () => {
  test.setTimeout(scaleTimeout(600_000));
  expect(Object.keys(written).length, 'the editing test above must run first').toBeGreaterThan(0);
  const work = mkdtempSync(join(tmpdir(), 'itbridge-cms-'));
  try {
    const content = join(work, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    for (const [path, text] of Object.entries(written)) {
      const target = join(work, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    const env = {
      ITBRIDGE_CONTENT_DIR: content,
      ITBRIDGE_OUT_DIR: join(work, 'dist'),
      ITBRIDGE_CACHE_DIR: join(work, 'cache'),
      SITE_URL: previewOrigin,
    };
    const check = await run([join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-content.ts'], env);
    expect(check.status, check.output).toBe(0);
    const build = await run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], env);
    expect(build.status, build.output.slice(-4000)).toBe(0);

    const page = (path: string) => readFileSync(join(work, 'dist', path, 'index.html'), 'utf8');
    expect(page(`en/news/${slug}`)).toContain('<h1');
    expect(page(`en/news/${slug}`)).toContain('A press release written in the editor');
    expect(page(`uk/news/${slug}`)).toMatch(/<html lang="uk"/);
    expect(page(`uk/news/${slug}`)).toContain('Пресреліз, написаний у редакторі');
    // Romanian has no translation: its page is the English original, marked as such and kept out of search engines.
    expect(page(`ro/news/${slug}`)).toContain('A press release written in the editor');
    expect(page(`ro/news/${slug}`)).toMatch(/<meta name="robots" content="noindex/);
    expect(page(`uk/guides/${guide}`)).toContain('ринки, договори, партнери, кластери.');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
