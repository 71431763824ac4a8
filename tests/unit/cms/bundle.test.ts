import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyReplacements, checkExternalOrigins, externalOrigins, sveltiaReplacements } from '../../../src/lib/cms/bundle';
import { allowedBundleOrigins, allowedReactDomOrigins } from '../../../src/lib/cms/allowed-origins';
import { answerAdminRequest, buildAdminFiles, sveltiaPackageRoot } from '../../../src/lib/cms/admin-files';
import { adminHeadersBlock, adminIndexHtml, adminMetaPolicy } from '../../../src/lib/cms/admin-page';

const root = sveltiaPackageRoot();
const pinned = (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies['@sveltia/cms']!;
const original = readFileSync(join(root, 'dist', 'sveltia-cms.js'), 'utf8');
const rewritten = applyReplacements(original, sveltiaReplacements({ base: '/admin/' }), 'sveltia-cms.js');
const noSources = { connectSrc: [], imgSrc: [] };

describe('the self-hosted Sveltia CMS bundle', () => {
  it('is the exact version package.json pins', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version).toBe(pinned);
  });

  it('fetches its fonts, UI strings and version check from the site once rewritten, and names no CDN', () => {
    expect(original).toContain('https://unpkg.com/');
    expect(rewritten).not.toContain('unpkg.com');
    expect(rewritten).not.toContain('cdn.jsdelivr.net');
    expect(rewritten).not.toContain('sourceMappingURL');
    expect(rewritten).toContain('/admin/fonts/source-sans-3.woff2');
    expect(rewritten).toContain('`/admin/vendor/@sveltia/cms`');
    expect(rewritten).toContain('/admin/vendor/githubstatus.json');
  });

  it('names only reviewed origins, in the bundle and in its React chunk', () => {
    expect(() => checkExternalOrigins(rewritten, allowedBundleOrigins, 'sveltia-cms.js')).not.toThrow();
    expect(() => checkExternalOrigins(readFileSync(join(root, 'dist', 'chunks', 'react-dom.js'), 'utf8'), allowedReactDomOrigins, 'react-dom.js')).not.toThrow();
    // Every reviewed origin is still in the bundle: a stale allowlist would hide what a release dropped.
    const found = new Set(externalOrigins(rewritten).keys());
    expect([...allowedBundleOrigins].filter((o) => !found.has(o))).toEqual([]);
  });

  it('stops the build on a new address, printing it with its context, and on a CDN left in place', () => {
    const upgraded = `${rewritten};fetch(\`https://telemetry.example.net/v1/\${id}\`)`;
    expect(() => checkExternalOrigins(upgraded, allowedBundleOrigins, 'sveltia-cms.js')).toThrow(
      /sveltia-cms\.js names 1 address not reviewed for the editor at \/admin\/:\n {2}https:\/\/telemetry\.example\.net\n {4}….*fetch\(`https:\/\/telemetry\.example\.net\/v1\/\$\{id\}`\)…/,
    );
    expect(() => checkExternalOrigins(original, allowedBundleOrigins, 'sveltia-cms.js')).toThrow(/https:\/\/unpkg\.com \(a CDN the site must serve itself\)/);
  });

  it('stops the build when a rewritten literal no longer matches as often as expected', () => {
    const changed = original.replace('https://unpkg.com/@shikijs', 'https://esm.sh/@shikijs');
    expect(() => applyReplacements(changed, sveltiaReplacements({ base: '/admin/' }), 'dist/sveltia-cms.js')).toThrow(
      'dist/sveltia-cms.js: expected 4 × "https://unpkg.com/" (UI strings, the version check and lazily loaded libraries come from unpkg.com unless rewritten to the site), found 3.',
    );
  });
});

describe('the admin folder', () => {
  const files = buildAdminFiles({ base: '/admin/', config: { backend: { name: 'github', repo: 'o/r' } }, sources: noSources, pinnedVersion: pinned });

  it('holds every file the rewritten bundle asks the site for', () => {
    for (const name of ['index.html', 'config.json', 'sveltia-cms.js', 'chunks/react-dom.js', 'fonts/source-sans-3.woff2', 'fonts/noto-mono.woff2', 'fonts/material-symbols-outlined.woff2', 'vendor/@sveltia/cms/package.json', 'vendor/githubstatus.json', 'vendor/gitlabstatus.json', 'licenses/sveltia-cms.LICENSE.txt']) {
      expect(files.has(name), name).toBe(true);
    }
    for (const code of ['uk', 'bg', 'es-CO', 'en-GB']) expect(files.has(`vendor/@sveltia/cms@${pinned}/locales/${code}.json`), code).toBe(true);
    // woff2 files start with "wOF2".
    expect(files.get('fonts/noto-mono.woff2')!.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(JSON.parse(files.get('vendor/@sveltia/cms/package.json')!.toString())).toEqual({ version: pinned });
    expect(JSON.parse(files.get('config.json')!.toString())).toEqual({ backend: { name: 'github', repo: 'o/r' } });
  });

  it('refuses a package that is not the pinned version', () => {
    expect(() => buildAdminFiles({ base: '/admin/', config: {}, sources: noSources, pinnedVersion: '0.0.1' })).toThrow(`@sveltia/cms ${pinned} is installed, but package.json pins 0.0.1.`);
  });
});

describe('the admin page', () => {
  const html = adminIndexHtml({ base: '/admin/', sources: { connectSrc: ['https://api.github.com'], imgSrc: ['https://avatars.githubusercontent.com'] } });

  it('is noindex, links the generated configuration and loads the bundle as a classic script from the site', () => {
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<link rel="cms-config-url" type="application/json" href="/admin/config.json">');
    expect(html).toMatch(/<script src="\/admin\/sveltia-cms\.js"><\/script>\s*<\/body>/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/);
    expect(html).not.toContain('type="module"');
  });

  it('has its own policy: scripts from the site only, and the Git host’s API as the one other origin', () => {
    const policy = adminMetaPolicy({ connectSrc: ['https://api.github.com'], imgSrc: [] });
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self' data: blob: https://api.github.com;");
    expect(policy).not.toContain('unsafe-eval');
    expect(adminMetaPolicy(noSources)).toContain("connect-src 'self' data: blob:;");
    expect(html).toContain(`content="${adminMetaPolicy({ connectSrc: ['https://api.github.com'], imgSrc: ['https://avatars.githubusercontent.com'] })}"`);
  });

  it('detaches the visitors’ policy and opener isolation in the hosts’ headers file, which would otherwise also apply', () => {
    const block = adminHeadersBlock({ base: '/admin/', sources: noSources });
    expect(block.split('\n').slice(0, 3)).toEqual(['/admin/*', '  ! Content-Security-Policy', '  ! Cross-Origin-Opener-Policy']);
    expect(block).toContain("  Content-Security-Policy: default-src 'self'; script-src 'self';");
    expect(block).toMatch(/frame-ancestors 'none'\n/);
  });
});

describe('the dev server’s answers for /admin/', () => {
  const files = new Map([['index.html', Buffer.from('<!doctype html>')], ['fonts/noto-mono.woff2', Buffer.from('wOF2')], ['vendor/@sveltia/cms@1.0.0/locales/uk.json', Buffer.from('{}')]]);
  let reads = 0;
  const lazy = () => (reads++, files);

  it('serves the folder’s files with their types, and the page for the folder itself', () => {
    expect(answerAdminRequest('/admin/', lazy, '/admin/')).toEqual({ status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' }, body: files.get('index.html') });
    expect(answerAdminRequest('/admin/fonts/noto-mono.woff2', lazy, '/admin/')?.headers['Content-Type']).toBe('font/woff2');
    expect(answerAdminRequest('/admin/vendor/%40sveltia/cms%401.0.0/locales/uk.json', lazy, '/admin/')?.body?.toString()).toBe('{}');
    expect(answerAdminRequest('/admin', lazy, '/admin/')).toEqual({ status: 301, headers: { Location: '/admin/' } });
  });

  it('leaves every other path, and a file the folder does not have, to Astro, without building the files for other paths', () => {
    reads = 0;
    expect(answerAdminRequest('/en/guides/', lazy, '/admin/')).toBeUndefined();
    expect(answerAdminRequest('/administration/', lazy, '/admin/')).toBeUndefined();
    expect(reads).toBe(0);
    expect(answerAdminRequest('/admin/missing.js', lazy, '/admin/')).toBeUndefined();
    expect(answerAdminRequest('/admin/%E0%A4%A', lazy, '/admin/')).toBeUndefined();
    expect(answerAdminRequest('/sub/admin/', lazy, '/sub/admin/')?.status).toBe(200);
  });
});
