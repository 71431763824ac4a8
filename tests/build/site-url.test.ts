/**
 * The SITE_URL policy (checkSiteUrl in src/env.ts, unit-tested in tests/unit/env.test.ts) is wired
 * into `astro build`: a deployment build without SITE_URL stops before rendering a page. The fixture
 * content keeps the build small; the build stops at configuration, so the test is quick.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scaleTimeout } from '../../src/env';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'itbridge-site-url-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildFixture(vars: Record<string, string>) {
  // The caller's own SITE_URL (test-all.sh sets one) must not leak into a build that tests its absence.
  const { SITE_URL: _callerSiteUrl, ...inherited } = process.env;
  const dist = join(work, 'dist');
  const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: {
      ...inherited,
      ITBRIDGE_CONTENT_DIR: join(root, 'tests/fixtures/content'),
      ITBRIDGE_PUBLIC_DIR: join(root, 'tests/fixtures/public'),
      ITBRIDGE_OUT_DIR: dist,
      ITBRIDGE_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      ...vars,
    },
    encoding: 'utf8',
    timeout: scaleTimeout(60_000),
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, dist };
}

describe('a build meant for deployment', () => {
  it('fails on CI without SITE_URL, saying what would point at localhost and how to set it', () => {
    const r = buildFixture({ CI: 'true' });
    expect(r.status, r.output).not.toBe(0);
    expect(r.output).toContain('SITE_URL is not set and CI is set');
    expect(r.output).toContain('SITE_URL=https://itbridge.example npm run build');
    expect(existsSync(join(r.dist, 'en'))).toBe(false);
  });

  it('fails with ITBRIDGE_DEPLOY=1 and a loopback SITE_URL', () => {
    const r = buildFixture({ CI: 'false', ITBRIDGE_DEPLOY: '1', SITE_URL: 'http://localhost:4321' });
    expect(r.status, r.output).not.toBe(0);
    expect(r.output).toContain('a loopback address, but ITBRIDGE_DEPLOY=1 is set');
  });
});
