/**
 * npm run search:latency [-- --runs N] [--synthetic]
 * How long a reader on a slow phone waits for search results, measured in Debian's Chromium against the
 * built site (run `npm run build` first) on Lighthouse's mobile profile: CPU 4× slower, 1.6 Mbps down,
 * 750 kbps up, 150 ms round trip, no cache. Per language, three queries, each `--runs` times (default 2):
 *   - cold: from navigating to /<locale>/search/?q=… with an empty cache to the first result on screen;
 *   - warm: a second query typed on the same page (the runtime, WebAssembly and index already loaded),
 *     from pressing Enter to its first result on screen.
 * Prints the medians per language and overall, the maximum, and the request waterfall of the slowest
 * cold run: when each request started and ended, and which file started it. Writes
 * reports/search-latency.json. Timings depend on the machine and its load (printed), so this is a
 * measurement, never a test: it always exits 0 unless the page fails to show results.
 */
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { startPreview } from './lib/preview-server';
import { chromiumFlags, chromiumPath } from './lib/chromium';
import { median, slowestRun, type RequestTiming, formatWaterfall } from './lib/search-latency';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 2;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive whole number');
const synthetic = args.includes('--synthetic');
const port = 4333;

/** Lighthouse's mobile profile (its `throttling` defaults: rttMs 150, throughputKbps 1638.4, cpuSlowdownMultiplier 4). */
export const mobileProfile = { rttMs: 150, downKbps: 1638.4, upKbps: 750, cpuSlowdown: 4 } as const;

// Three queries per language: one word, an inflected word, two words. The warm query follows each.
const realQueries: Record<string, readonly [string, string][]> = {
  en: [['cluster', 'matchmaking'], ['guides', 'market entry'], ['data protection', 'training']],
  uk: [['кластерів', 'посібники'], ['ринок', 'захист даних'], ['партнери', 'навчання']],
  ro: [['cooperare', 'ghiduri'], ['piață', 'protecția datelor'], ['parteneri', 'instruire']],
  es: [['clúster', 'guías'], ['mercado', 'protección de datos'], ['socios', 'formación']],
  bg: [['клъстерите', 'ръководства'], ['пазар', 'защита на данните'], ['партньори', 'обучение']],
};
const syntheticQueries: Record<string, readonly [string, string][]> = {
  en: [['cluster', 'market strategy'], ['market', 'cluster'], ['strategy', 'market']],
  uk: [['кластерів', 'ринок стратегія'], ['ринок', 'кластерів'], ['стратегія', 'ринок']],
  ro: [['cluster', 'piață strategie'], ['piață', 'cluster'], ['strategie', 'piață']],
  es: [['clúster', 'mercado estrategia'], ['mercado', 'clúster'], ['estrategia', 'mercado']],
  bg: [['клъстерите', 'пазар стратегия'], ['пазар', 'клъстерите'], ['стратегия', 'пазар']],
};
const queries = synthetic ? syntheticQueries : realQueries;

/** Records, in the page, when the first result of the current list appears (ms since navigation start). */
const observeResults = () => {
  const w = window as unknown as { __firstResult?: number; __resetResult: () => void };
  w.__resetResult = () => (w.__firstResult = undefined);
  new MutationObserver(() => {
    if (w.__firstResult === undefined && document.querySelector('ol.search-results > li')) w.__firstResult = performance.now();
  }).observe(document, { childList: true, subtree: true });
};

async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: mobileProfile.rttMs,
    downloadThroughput: (mobileProfile.downKbps * 1024) / 8,
    uploadThroughput: (mobileProfile.upKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: mobileProfile.cpuSlowdown });
  return cdp;
}

/**
 * Every request of the page and of its workers (Pagefind searches in a worker), from Playwright's
 * request events, in ms since the navigation's own request started. What started each request comes
 * from the DevTools protocol where it knows (the page's own requests); a worker's requests are
 * credited to the worker.
 */
function recordRequests(page: Page, cdp: CDPSession): { list: () => Promise<RequestTiming[]> } {
  const initiators = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e) => {
    const initiator = e.initiator.url ?? e.initiator.stack?.callFrames[0]?.url ?? (e.initiator.type === 'parser' ? 'document' : e.initiator.type);
    if (!initiators.has(e.request.url)) initiators.set(e.request.url, initiator);
  });
  const requests: import('@playwright/test').Request[] = [];
  page.on('request', (r) => requests.push(r));
  page.on('worker', (worker) => worker.url() && initiators.set(`worker:${worker.url()}`, worker.url()));
  return {
    list: async () => {
      const done = await Promise.all(
        requests.map(async (r) => {
          const response = await r.response().catch(() => null);
          const sizes = response ? await r.sizes().catch(() => undefined) : undefined;
          return { r, timing: r.timing(), bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0 };
        }),
      );
      const zero = done.find((d) => d.r.isNavigationRequest())?.timing.startTime ?? 0;
      return done.map(({ r, timing, bytes }) => ({
        url: r.url(),
        start: Math.round(timing.startTime - zero),
        end: timing.responseEnd >= 0 ? Math.round(timing.startTime - zero + timing.responseEnd) : -1,
        bytes,
        initiator: initiators.get(r.url()) ?? (r.frame() ? 'page' : 'worker'),
      }));
    },
  };
}

interface Run {
  locale: string;
  query: string;
  warmQuery: string;
  coldMs: number;
  warmMs: number;
  requests: RequestTiming[];
}

async function measureOnce(browser: Browser, origin: string, locale: string, query: string, warmQuery: string): Promise<Run> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 412, height: 823 }, isMobile: true, deviceScaleFactor: 1.75 });
  try {
    await context.addInitScript(observeResults);
    const page = await context.newPage();
    const cdp = await throttle(page);
    const requests = recordRequests(page, cdp);
    await page.goto(`${origin}/${locale}/search/?q=${encodeURIComponent(query)}`);
    const coldHandle = await page.waitForFunction(() => (window as unknown as { __firstResult?: number }).__firstResult, undefined, { timeout: 120_000 });
    const coldMs = Math.round((await coldHandle.jsonValue()) as number);
    await page.locator('itb-search[data-state="ready"]').waitFor({ timeout: 120_000 });
    const coldRequests = await requests.list();

    await page.evaluate(() => (window as unknown as { __resetResult: () => void }).__resetResult());
    await page.fill('#search-input', warmQuery);
    const pressed = await page.evaluate(() => performance.now());
    await page.press('#search-input', 'Enter');
    const warmHandle = await page.waitForFunction(() => (window as unknown as { __firstResult?: number }).__firstResult, undefined, { timeout: 120_000 });
    const warmMs = Math.round(((await warmHandle.jsonValue()) as number) - pressed);
    return { locale, query, warmQuery, coldMs, warmMs, requests: coldRequests };
  } finally {
    await context.close();
  }
}

const server = await startPreview(port);
const load = loadavg().map((l) => l.toFixed(2)).join(' ');
try {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumFlags] });
  const all: Run[] = [];
  for (let round = 0; round < runs; round++) {
    for (const [locale, pairs] of Object.entries(queries)) {
      for (const [query, warm] of pairs) all.push(await measureOnce(browser, server.origin, locale, query, warm));
    }
  }
  await browser.close();
  const rows = Object.keys(queries).map((locale) => {
    const mine = all.filter((r) => r.locale === locale);
    return {
      locale,
      coldMedianMs: median(mine.map((r) => r.coldMs)),
      coldMaxMs: Math.max(...mine.map((r) => r.coldMs)),
      warmMedianMs: median(mine.map((r) => r.warmMs)),
      warmMaxMs: Math.max(...mine.map((r) => r.warmMs)),
    };
  });
  const overall = {
    coldMedianMs: median(all.map((r) => r.coldMs)),
    coldMaxMs: Math.max(...all.map((r) => r.coldMs)),
    warmMedianMs: median(all.map((r) => r.warmMs)),
    warmMaxMs: Math.max(...all.map((r) => r.warmMs)),
  };
  const slowest = slowestRun(all);
  console.log(
    `Search latency on Lighthouse's mobile profile (CPU ${mobileProfile.cpuSlowdown}× slower, ${mobileProfile.downKbps} kbps down, ` +
      `${mobileProfile.upKbps} kbps up, ${mobileProfile.rttMs} ms round trip), ${runs} run(s) of 3 queries per language; load average at start: ${load}`,
  );
  console.log('cold = navigation with an empty cache to the first result on screen; warm = a second query on the same page, Enter to first result.');
  console.table(rows);
  console.log('overall', overall);
  console.log(`\nWaterfall of the slowest cold run (${slowest.locale}, "${slowest.query}", ${slowest.coldMs} ms), ms since the navigation started:`);
  console.log(formatWaterfall(slowest.requests, server.origin));
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    synthetic ? 'reports/search-latency-synthetic.json' : 'reports/search-latency.json',
    JSON.stringify({ profile: mobileProfile, loadAverage: load, runs, rows, overall, slowest, all: all.map(({ requests: _r, ...r }) => r) }, null, 2),
  );
} finally {
  server.stop();
}
