/**
 * The deployment workflow (.github/workflows/site.yml): valid for GitHub Actions by the published schemas
 * (@action-validator/core, pinned), and doing what this project needs — a clean install, the README's test
 * command, a build for the public address, publishing from main and daily, previews for pull requests.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';

const require = createRequire(import.meta.url);
const { validateWorkflow } = require('@action-validator/core') as typeof import('@action-validator/core');

const root = resolve(import.meta.dirname, '../../..');
const workflowsDir = join(root, '.github/workflows');
const workflowFile = join(workflowsDir, 'site.yml');
const source = readFileSync(workflowFile, 'utf8');

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string }
interface Job { if?: string; needs?: string; container?: string; permissions?: Record<string, string>; steps: Step[] }
const workflow = load(source) as { on: Record<string, unknown>; jobs: Record<string, Job> };
const steps = (job: string) => workflow.jobs[job]!.steps;

describe('the deployment workflow', () => {
  it('is valid by the GitHub Actions schemas, every file of .github/workflows', () => {
    const files = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));
    expect(files).toEqual(['site.yml']);
    for (const file of files) expect(validateWorkflow(readFileSync(join(workflowsDir, file), 'utf8')).errors).toEqual([]);
  });

  it('the validator refuses a planted mistake (so the check above can fail)', () => {
    expect(validateWorkflow(source.replace('runs-on:', 'runs_on:')).errors.length).toBeGreaterThan(0);
    expect(validateWorkflow(source.replace("cron: '15 5 * * *'", 'cron: 5')).errors.length).toBeGreaterThan(0);
  });

  it('runs on pushes to main, pull requests, every day and by hand', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'schedule', 'workflow_dispatch']);
    expect(workflow.on.push).toEqual({ branches: ['main'] });
  });

  it('installs cleanly, runs the README’s test command, and builds for SITE_URL from a full clone', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const testCommand = /^(npm test)\s/m.exec(readme)?.[1];
    expect(testCommand).toBe('npm test');
    const build = steps('build');
    expect(build.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toEqual({ 'fetch-depth': 0 });
    const runs = build.map((s) => s.run?.trim()).filter(Boolean);
    expect(runs.indexOf('npm ci --no-audit --no-fund')).toBeGreaterThanOrEqual(0);
    expect(runs.indexOf(testCommand)).toBeGreaterThan(runs.indexOf('npm ci --no-audit --no-fund'));
    const buildStep = build.find((s) => s.run?.trim() === 'npm run build')!;
    expect(buildStep.env?.SITE_URL).toContain('vars.SITE_URL');
    expect(runs.indexOf('npm run build')).toBeGreaterThan(runs.indexOf(testCommand));
    // Debian with Node 20, where Debian's chromium can be installed for the browser tests.
    expect(workflow.jobs.build!.container).toBe('node:20-bookworm');
  });

  it('publishes to GitHub Pages only from main, and keeps a pull request’s build as a preview', () => {
    const publish = workflow.jobs.publish!;
    expect(publish.needs).toBe('build');
    expect(publish.if).toContain("github.ref == 'refs/heads/main'");
    expect(publish.if).toContain("github.event_name != 'pull_request'");
    expect(publish.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(publish.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    const preview = steps('build').find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(preview.if).toBe("github.event_name == 'pull_request'");
    expect(preview.with?.path).toBe('dist');
  });
});
