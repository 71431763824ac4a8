import { describe, it, expect } from 'vitest';
import { formatWaterfall, median, slowestRun } from '../../../scripts/lib/search-latency';

describe('the search latency report', () => {
  it('takes the median of odd and even counts, and refuses none', () => {
    expect(median([2400, 1800, 3000])).toBe(2400);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([2500])).toBe(2500);
    expect(() => median([])).toThrow('median of no values');
  });

  it('picks the slowest cold run', () => {
    expect(slowestRun([{ coldMs: 2100, q: 'a' }, { coldMs: 3100, q: 'b' }, { coldMs: 2900, q: 'c' }]).q).toBe('b');
  });

  it('lists requests in the order they started, with what started each, on the site’s paths', () => {
    const text = formatWaterfall(
      [
        { url: 'http://127.0.0.1:1/pagefind/pagefind.js', start: 620, end: 900, bytes: 2048, initiator: 'http://127.0.0.1:1/_astro/search.js' },
        { url: 'http://127.0.0.1:1/en/search/?q=x', start: 0, end: 410, bytes: 9216, initiator: 'other' },
        { url: 'http://127.0.0.1:1/pagefind/wasm.en.pagefind', start: 950, end: -1, bytes: 0, initiator: 'http://127.0.0.1:1/pagefind/pagefind.js' },
      ],
      'http://127.0.0.1:1',
    ).split('\n');
    expect(text[0]).toBe('     0 →   410 ms  ■■■■■  9.0 KB  /en/search/  ← other');
    expect(text[1]).toMatch(/^ {3}620 → {3}900 ms {2} {6}■■■ {2}2\.0 KB {2}\/pagefind\/pagefind\.js {2}← \/_astro\/search\.js$/);
    expect(text[2]).toContain('950 →    … ms');
    expect(text[2]).toContain('← /pagefind/pagefind.js');
  });
});
