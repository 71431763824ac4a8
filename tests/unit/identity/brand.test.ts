import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brandColours, mark, markSvg } from '../../../src/lib/identity/brand';

const root = resolve(import.meta.dirname, '../../..');

describe('the bridge mark', () => {
  it('is the favicon’s drawing, in the favicon’s colours', () => {
    const favicon = readFileSync(resolve(root, 'public/favicon.svg'), 'utf8');
    expect(favicon).toContain(`d="${mark.bridge}"`);
    expect(favicon).toContain(`fill="${brandColours.brand}"`);
    expect(favicon).toContain(`fill="${brandColours.accent}"`);
  });

  it('is drawn in the colours the stylesheet names', () => {
    const tokens = readFileSync(resolve(root, 'src/styles/tokens.css'), 'utf8');
    expect(tokens).toMatch(new RegExp(`--brand:\\s*${brandColours.brand}`));
    expect(tokens).toMatch(new RegExp(`--accent:\\s*${brandColours.accent}`));
    expect(tokens).toMatch(new RegExp(`--ink:\\s*${brandColours.ink}`));
  });

  it('renders at the size asked for', () => {
    expect(markSvg(64)).toMatch(/^<svg [^>]*width="64" height="64" viewBox="0 0 32 32"/);
    expect(markSvg()).toContain('width="32"');
  });
});
