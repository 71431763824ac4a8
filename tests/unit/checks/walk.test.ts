import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSymbolicLinks, walkDirectory } from '../../../src/lib/checks/walk';

describe('walkDirectory', () => {
  it('lists files and folders depth first, sorted, each folder before its contents', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itbridge-walk-'));
    mkdirSync(join(dir, 'uk'));
    mkdirSync(join(dir, 'en/x.md'), { recursive: true });
    writeFileSync(join(dir, 'en/b.md'), '');
    writeFileSync(join(dir, 'en/x.md/inner.md'), '');
    writeFileSync(join(dir, 'uk/a.md'), '');
    expect(walkDirectory(dir).map((p) => `${p.relativePath}${p.isDirectory ? '/' : ''}`)).toEqual([
      'en/',
      'en/b.md',
      'en/x.md/',
      'en/x.md/inner.md',
      'uk/',
      'uk/a.md',
    ]);
    expect(walkDirectory(dir)[1]!.path).toBe(join(dir, 'en/b.md'));
  });

  it('finds nothing in a folder that does not exist', () => {
    expect(walkDirectory(join(tmpdir(), 'itbridge-no-such-folder'))).toEqual([]);
  });

  it('lists a symbolic link with its target and never follows it, so a loop ends the walk instead of looping', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itbridge-walk-'));
    mkdirSync(join(dir, 'en'));
    symlinkSync('/etc/passwd', join(dir, 'en/x.md'));
    symlinkSync('..', join(dir, 'en/loop'));
    expect(walkDirectory(dir).map((p) => [p.relativePath, p.isDirectory, p.linkTarget])).toEqual([
      ['en', true, undefined],
      ['en/loop', false, '..'],
      ['en/x.md', false, '/etc/passwd'],
    ]);
    expect(findSymbolicLinks(dir).map((p) => p.relativePath)).toEqual(['en/loop', 'en/x.md']);
  });
});
