import { describe, it, expect } from 'vitest';
import {
  chartPalette,
  pickSeriesColor,
  renderBarPaint,
  renderDashAttribute,
  renderMarkerPaint,
  renderPatternDefs,
} from '../../../src/lib/chart/palette';

describe('chartPalette', () => {
  /** WCAG 2.x relative luminance of an sRGB colour like "#0072b2". */
  function luminance(hex: string): number {
    const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  const contrastWithWhite = (hex: string): number => (1 + 0.05) / (luminance(hex) + 0.05);

  it('has at least 4 distinct colours', () => {
    expect(chartPalette.length).toBeGreaterThanOrEqual(4);
    expect(new Set(chartPalette).size).toBe(chartPalette.length);
  });

  it.each([...chartPalette])('gives %s a contrast of at least 3:1 against white', (color) => {
    expect(color).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrastWithWhite(color)).toBeGreaterThanOrEqual(3);
  });

  it('checks the formula against known values: black 21:1, white 1:1', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
  });
});

describe('series paint', () => {
  it('cycles through the palette when there are more series than colours', () => {
    expect(pickSeriesColor(chartPalette.length + 1)).toBe(chartPalette[1]);
  });

  it('keeps the first line solid and dashes the others', () => {
    expect(renderDashAttribute(0)).toBe('');
    expect(renderDashAttribute(1)).toBe(' stroke-dasharray="8 4"');
  });

  it('fills the markers of even series and leaves odd ones hollow', () => {
    expect(renderMarkerPaint(0)).toBe(`fill="${chartPalette[0]}" stroke="${chartPalette[0]}" stroke-width="2"`);
    expect(renderMarkerPaint(1)).toBe(`fill="#ffffff" stroke="${chartPalette[1]}" stroke-width="2"`);
  });

  it('paints patterned bars with a pattern of their own chart, so charts on one page do not share one', () => {
    expect(renderBarPaint('members', 0)).toBe(`fill="${chartPalette[0]}" stroke="${chartPalette[0]}" stroke-width="1.5"`);
    expect(renderBarPaint('members', 1)).toBe(`fill="url(#members-fill-1)" stroke="${chartPalette[1]}" stroke-width="1.5"`);
    expect(renderPatternDefs('members', 2)).toMatch(/^<defs><pattern id="members-fill-1" [^>]*>.*<\/pattern><\/defs>$/);
  });

  it('needs no patterns when the only series is solid', () => {
    expect(renderPatternDefs('members', 1)).toBe('');
  });
});
