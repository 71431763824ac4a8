/**
 * Every environment variable the site, its tools and its tests read, parsed once. Nothing else in
 * src/, scripts/, tests/ or the config files reads `process.env`: a variable that is not named here
 * does not exist for this project. Editors never set any of them.
 *
 * | variable                 | who sets it                         | what it does                                              |
 * |--------------------------|-------------------------------------|-----------------------------------------------------------|
 * | `SITE_URL`               | the deployment                      | public address for canonicals, hreflang, JSON-LD, RSS, sitemap |
 * | `CI`                     | every CI service and static host    | marks a deployment build; longer test timeouts            |
 * | `ITBRIDGE_DEPLOY`        | whoever deploys by hand (`1`)       | marks a deployment build outside CI                       |
 * | `ITBRIDGE_CONTENT_DIR`   | build-failure tests, the benchmark  | build from other content than `content/`                  |
 * | `ITBRIDGE_PUBLIC_DIR`    | build-failure tests                 | serve other public files than `public/`                   |
 * | `ITBRIDGE_OUT_DIR`       | build-failure tests, the benchmark  | build into another folder than `dist/`                    |
 * | `ITBRIDGE_CACHE_DIR`     | build-failure tests, the benchmark  | keep Astro's cache apart from the real build's            |
 * | `ITBRIDGE_TIMINGS`       | the benchmark                       | file to write build phase timings to                      |
 * | `ITBRIDGE_TIMEOUT_SCALE` | a slow or busy machine              | multiplies every test timeout (default 1, or 2 on CI)     |
 * | `ITBRIDGE_E2E_PORT`      | a second run on the same machine    | the browser tests' preview port (default 4323; the fixture site's is 100 above) |
 * | `ITBRIDGE_NOW`           | tests; a preview of a later day     | the day builds and check:content take as today, YYYY-MM-DD (default: today in UTC) |
 * | `npm_config_locale`      | npm, from `npm run new … --locale uk` without `--` | the language `npm run new` was asked for (npm keeps the option) |
 */

/** Where `npm run preview` and `npm start` serve the site; the site address when SITE_URL is unset. */
export const previewOrigin = 'http://127.0.0.1:4321';

export interface SiteEnv {
  /** SITE_URL, or {@link previewOrigin} when it is unset. */
  siteUrl: string;
  /** Whether SITE_URL was set (to anything but blanks). */
  siteUrlSet: boolean;
  /** CI is set to anything but '', '0' or 'false'. */
  ci: boolean;
  /** ITBRIDGE_DEPLOY=1: a build meant for deployment, made by hand. */
  deploy: boolean;
  /** Content collections, `content` unless ITBRIDGE_CONTENT_DIR says otherwise; no trailing slash. */
  contentDir: string;
  /** Files served as they are, `public` unless ITBRIDGE_PUBLIC_DIR says otherwise; no trailing slash. */
  publicDir: string;
  /** Chart data (CSV or JSON) that MDX charts read, e.g. content/data/study-2025.csv. */
  dataDir: string;
  /** Build output, `./dist` unless ITBRIDGE_OUT_DIR says otherwise. */
  outDir: string;
  /** Astro's cache, `./node_modules/.astro` unless ITBRIDGE_CACHE_DIR says otherwise. */
  cacheDir: string;
  /** ITBRIDGE_TIMINGS: where the benchmark wants build phase timings written; unset for other builds. */
  timingsFile: string | undefined;
  /** Multiplier for test timeouts: ITBRIDGE_TIMEOUT_SCALE, else 2 on CI (shared runners), else 1. */
  timeoutScale: number;
  /** Port of the preview server the browser tests start: ITBRIDGE_E2E_PORT, else 4323 (two runs on one machine need two). */
  e2ePort: number;
  /**
   * Port of the second preview server, the fixture site's (tests/e2e-fixture/): {@link e2ePort} + 100, so 4423
   * by default; moving ITBRIDGE_E2E_PORT moves both. Apart from the search budget's 4329 and Lighthouse's 4331.
   */
  fixturePort: number;
  /**
   * Today as a calendar date in UTC, YYYY-MM-DD: ITBRIDGE_NOW, else the clock's date. The one clock the
   * build and check:content read; an entry whose pubDate is after it is scheduled (not yet published).
   */
  today: string;
  /**
   * npm_config_locale: what npm makes of `--locale` written without `--` before it (`npm run new news x
   * --locale uk`). Depending on its version npm keeps the value ("uk") or only the flag ("true", the
   * value then arrives as an argument). `npm run new` reads it so that either form works.
   */
  npmLocale: string | undefined;
}

/** A variable is set to a value this project cannot use; the message names the variable and the fix. */
export class EnvError extends Error {
  override name = 'EnvError';
}

type EnvSource = Readonly<Record<string, string | undefined>>;

/** An unset variable and one set to blanks mean the same: shells and CI forms produce both. */
function valueOf(source: EnvSource, name: string): string | undefined {
  const value = source[name]?.trim();
  return value ? value : undefined;
}

function isTrue(value: string | undefined): boolean {
  return value !== undefined && value !== '0' && value.toLowerCase() !== 'false';
}

function withoutTrailingSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

function parseSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new EnvError(`SITE_URL is "${value}", which is not an absolute URL. Write it with the scheme, e.g. SITE_URL=https://itbridge.example`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new EnvError(`SITE_URL is "${value}": it must start with https:// (or http:// for a local preview).`);
  }
  return value;
}

/** The fixture site's preview server listens this far above the real site's (see {@link SiteEnv.fixturePort}). */
export const fixturePortOffset = 100;

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1024 || port > 65535 - fixturePortOffset) {
    throw new EnvError(`ITBRIDGE_E2E_PORT is "${value}": it must be a free port number from 1024 to ${65535 - fixturePortOffset} (the fixture site's server takes the port ${fixturePortOffset} above it), e.g. ITBRIDGE_E2E_PORT=4523.`);
  }
  return port;
}

function parseTimeoutScale(value: string): number {
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new EnvError(`ITBRIDGE_TIMEOUT_SCALE is "${value}": it must be a positive number, e.g. ITBRIDGE_TIMEOUT_SCALE=3 on a very busy machine.`);
  }
  return scale;
}

function parseToday(value: string): string {
  // Checked as text (the config loaders read this file before any other module): a real YYYY-MM-DD day.
  const day = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new EnvError(`ITBRIDGE_NOW is "${value}": it must be a calendar date written YYYY-MM-DD (the day, in UTC, without a time), e.g. ITBRIDGE_NOW=2026-12-31.`);
  }
  return value;
}

/**
 * Parses the project's environment variables from `source` (process.env in real runs, a plain object
 * in tests); `now` is the clock, read only when ITBRIDGE_NOW is unset. Throws an {@link EnvError}
 * naming the variable when a value cannot be used.
 * @example readEnv({ SITE_URL: 'https://itbridge.example' }).siteUrl // 'https://itbridge.example'
 * @example readEnv({}).contentDir // 'content'
 * @example readEnv({ ITBRIDGE_NOW: '2030-06-15' }).today // '2030-06-15'
 */
export function readEnv(source: EnvSource, now: Date = new Date()): SiteEnv {
  const siteUrl = valueOf(source, 'SITE_URL');
  const ci = isTrue(valueOf(source, 'CI'));
  const contentDir = withoutTrailingSlash(valueOf(source, 'ITBRIDGE_CONTENT_DIR') ?? 'content');
  const scale = valueOf(source, 'ITBRIDGE_TIMEOUT_SCALE');
  const e2ePort = parsePort(valueOf(source, 'ITBRIDGE_E2E_PORT') ?? '4323');
  const today = valueOf(source, 'ITBRIDGE_NOW');
  return {
    siteUrl: siteUrl ? parseSiteUrl(siteUrl) : previewOrigin,
    siteUrlSet: siteUrl !== undefined,
    ci,
    deploy: valueOf(source, 'ITBRIDGE_DEPLOY') === '1',
    contentDir,
    publicDir: withoutTrailingSlash(valueOf(source, 'ITBRIDGE_PUBLIC_DIR') ?? 'public'),
    dataDir: `${contentDir}/data`,
    outDir: withoutTrailingSlash(valueOf(source, 'ITBRIDGE_OUT_DIR') ?? './dist'),
    cacheDir: withoutTrailingSlash(valueOf(source, 'ITBRIDGE_CACHE_DIR') ?? './node_modules/.astro'),
    timingsFile: valueOf(source, 'ITBRIDGE_TIMINGS'),
    timeoutScale: scale ? parseTimeoutScale(scale) : ci ? 2 : 1,
    e2ePort,
    fixturePort: e2ePort + fixturePortOffset,
    // The calendar date in UTC, as frontmatter dates are read: the build machine's zone never moves a day.
    today: today ? parseToday(today) : now.toISOString().slice(0, 10),
    npmLocale: valueOf(source, 'npm_config_locale'),
  };
}

export interface SiteUrlProblem {
  /** 'error' stops the build; 'warning' lets a local preview build go on. */
  severity: 'error' | 'warning';
  message: string;
}

const absoluteOutputs = 'canonical links, hreflang alternates, JSON-LD, the RSS feeds and the sitemap';

/**
 * The SITE_URL policy. A build without SITE_URL uses the local preview address, so it must never be
 * deployed: on CI (every CI service and static host sets CI) or with ITBRIDGE_DEPLOY=1 it is an error,
 * elsewhere a loud warning. A hand-made deployment build (ITBRIDGE_DEPLOY=1) may not name a loopback
 * address either. Test builds name the preview address explicitly, so they pass on CI.
 * @example checkSiteUrl(readEnv({ CI: 'true' }))?.severity // 'error'
 * @example checkSiteUrl(readEnv({}))?.severity // 'warning'
 * @example checkSiteUrl(readEnv({ CI: 'true', SITE_URL: 'http://127.0.0.1:4321' })) // undefined
 */
export function checkSiteUrl(env: Pick<SiteEnv, 'siteUrl' | 'siteUrlSet' | 'ci' | 'deploy'>): SiteUrlProblem | undefined {
  if (!env.siteUrlSet) {
    const fix = `Set the public address, e.g. SITE_URL=https://itbridge.example npm run build`;
    if (env.ci || env.deploy) {
      const why = env.deploy ? 'ITBRIDGE_DEPLOY=1 is set' : 'CI is set';
      return {
        severity: 'error',
        message:
          `SITE_URL is not set and ${why}, so this build is meant for deployment: its ${absoluteOutputs} would all point at ${previewOrigin}. ` +
          `${fix}. A test build on CI names the preview address: SITE_URL=${previewOrigin} npm run build.`,
      };
    }
    return {
      severity: 'warning',
      message:
        `SITE_URL is not set: this build's ${absoluteOutputs} point at ${previewOrigin}, the local preview. ` +
        `Do not deploy it. ${fix} (on CI, or with ITBRIDGE_DEPLOY=1, a build without SITE_URL fails).`,
    };
  }
  const host = new URL(env.siteUrl).hostname;
  if (env.deploy && (host === 'localhost' || host === '[::1]' || host.startsWith('127.'))) {
    return {
      severity: 'error',
      message: `SITE_URL is ${env.siteUrl}, a loopback address, but ITBRIDGE_DEPLOY=1 is set: readers cannot reach ${host}. Set SITE_URL to the public address, e.g. https://itbridge.example`,
    };
  }
  return undefined;
}

/**
 * The project's environment, read once from process.env when this module loads.
 * @example import { env } from './env'; if (env.timingsFile) …
 */
export const env: SiteEnv = readEnv(process.env);

/** Shorthands the site reads often (build input folders and the site address). */
export const { siteUrl, contentDir, publicDir, dataDir } = env;

/**
 * A test timeout for this machine: `ms` multiplied by {@link SiteEnv.timeoutScale}, so a busy or slow
 * machine stretches every limit at once instead of tests failing one by one.
 * @example scaleTimeout(30_000) // 60_000 on CI
 */
export function scaleTimeout(ms: number, scale: number = env.timeoutScale): number {
  return Math.round(ms * scale);
}
