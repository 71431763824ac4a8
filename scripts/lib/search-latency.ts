/**
 * The arithmetic and the report of `npm run search:latency` (scripts/search-latency.ts), apart from the
 * browser so that it can be unit-tested.
 */

/** One request of a page load: ms since the navigation started (`end` -1 while unfinished). */
export interface RequestTiming {
  url: string;
  start: number;
  end: number;
  /** Bytes on the wire. */
  bytes: number;
  /** The file whose code or markup started the request ('document' for the HTML parser). */
  initiator: string;
}

/**
 * The median of a list of numbers (the mean of the middle two for an even count), rounded to a whole ms.
 * @example median([3, 1, 2]) // 2
 * @example median([4, 1, 3, 2]) // 3
 */
export function median(values: readonly number[]): number {
  if (!values.length) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return Math.round(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** The run that took longest from navigation to results. */
export function slowestRun<R extends { coldMs: number }>(runs: readonly R[]): R {
  if (!runs.length) throw new Error('no runs');
  return runs.reduce((a, b) => (b.coldMs > a.coldMs ? b : a));
}

/** A URL as the waterfall shows it: the path on the site, without its query. */
const shorten = (url: string, origin: string) => (url.startsWith(origin) ? url.slice(origin.length).replace(/\?.*$/, '') : url.replace(/^data:.{0,20}.*/, 'data:…'));

/**
 * The waterfall as text: one line per request in the order they started, with start and end (ms), a
 * bar on a 100 ms grid, the size and what started it.
 * @example formatWaterfall([{ url: 'http://x/en/search/', start: 0, end: 420, bytes: 9000, initiator: 'document' }], 'http://x')
 * // '     0 →   420 ms  ■■■■■  8.8 KB  /en/search/  ← document'
 */
export function formatWaterfall(requests: readonly RequestTiming[], origin: string): string {
  return [...requests]
    .filter((r) => !r.url.startsWith('data:'))
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((r) => {
      const end = r.end < 0 ? '   …' : String(r.end).padStart(5);
      const bar = ' '.repeat(Math.max(0, Math.floor(r.start / 100))).slice(0, 60) + '■'.repeat(Math.max(1, Math.ceil((Math.max(r.end, r.start) - r.start) / 100))).slice(0, 40);
      return `${String(r.start).padStart(6)} → ${end} ms  ${bar}  ${(r.bytes / 1024).toFixed(1)} KB  ${shorten(r.url, origin)}  ← ${shorten(r.initiator, origin)}`;
    })
    .join('\n');
}
