import { describe, it, expect } from 'vitest';
import { parse } from 'node-html-parser';
import { logoFile, logoSvg } from '../../../src/lib/identity/logo-file';
import { brandColours, mark } from '../../../src/lib/identity/brand';

describe('logoSvg', () => {
  const svg = parse(logoSvg('ITBridge')).querySelector('svg')!;

  it('draws the mark from brand.ts at the left, in the brand colours', () => {
    expect(svg.querySelector('rect')?.getAttribute('fill')).toBe(brandColours.brand);
    expect(svg.querySelector('path')?.getAttribute('d')).toBe(mark.bridge);
    expect(svg.querySelector('path')?.getAttribute('fill')).toBe(brandColours.accent);
  });

  it('sets the wordmark in ink, held inside the frame, and names the image', () => {
    const text = svg.querySelector('text')!;
    expect(text.text).toBe('ITBridge');
    expect(text.getAttribute('fill')).toBe(brandColours.ink);
    expect(Number(text.getAttribute('x')) + Number(text.getAttribute('textLength'))).toBeLessThanOrEqual(logoFile.width);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${logoFile.width} ${logoFile.height}`);
    expect(svg.querySelector('title')?.text).toBe('ITBridge');
  });

  it('escapes the name', () => {
    expect(logoSvg('R&D <IT>')).toContain('>R&amp;D &lt;IT&gt;</text>');
  });
});
