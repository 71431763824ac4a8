import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const map = /## Architecture[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

function folders(dir: string): string[] {
  return readdirSync(join(root, dir))
    .filter((name) => statSync(join(root, dir, name)).isDirectory())
    .flatMap((name) => [`${dir}/${name}`, ...folders(`${dir}/${name}`)]);
}

describe('the architecture map in README.md', () => {
  it('names every folder of src/ and scripts/', () => {
    expect(map.length).toBeGreaterThan(500);
    // A folder counts as named when its last segment appears as "name/" in the map.
    const missing = [...folders('src'), ...folders('scripts')]
      .filter((dir) => !dir.startsWith('src/i18n/ui') && !dir.includes('['))
      .filter((dir) => !map.includes(`${dir.split('/').pop()}/`));
    expect(missing, 'add these folders to the map in README.md').toEqual([]);
  });

  it('names every module of src/lib/ by its file name', () => {
    const modules = folders('src/lib').flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`));
    expect(modules.length).toBeGreaterThan(40);
    const missing = modules.filter((file) => {
      const name = file.split('/').pop()!.replace(/\.ts$/, '');
      return name !== 'index' && !map.includes(name);
    });
    expect(missing, 'add these modules to the map in README.md').toEqual([]);
  });
});
