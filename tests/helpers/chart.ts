import { expect } from 'vitest';
import { ChartDataError, type ChartData } from '../../src/lib/chart';

/** Runs `fn`, expects a ChartDataError and returns its message. */
export function chartErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ChartDataError);
    if (error instanceof ChartDataError) return error.message;
    throw error;
  }
  throw new Error('expected a ChartDataError, but nothing was thrown');
}

/** Attribute maps of every `<tag …>` element in the markup, in document order. */
export function elements(svg: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const match of svg.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))) {
    const attributes: Record<string, string> = {};
    for (const [, name, value] of (match[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) {
      attributes[name!] = value!;
    }
    found.push(attributes);
  }
  return found;
}

/** Text content of every `<text class="…">` of the given class. */
export function texts(svg: string, className: string): string[] {
  return [...svg.matchAll(new RegExp(`<text class="${className}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]!);
}

export const en = new Intl.NumberFormat('en-GB').format;
export const uk = new Intl.NumberFormat('uk-UA').format;

/** Three countries, two years: grouped bars, a legend, a pattern for the second series. */
export const fixture: ChartData = {
  labels: ['Ukraine', 'Romania', 'Spain'],
  series: [
    { name: '2024', values: [50, 20, 35] },
    { name: '2025', values: [100, 40, 70] },
  ],
};
