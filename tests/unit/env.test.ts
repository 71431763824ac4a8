import { describe, it, expect } from 'vitest';
import { readEnv, checkSiteUrl, scaleTimeout, previewOrigin, EnvError } from '../../src/env';

describe('readEnv', () => {
  it('builds the real site from content/ and public/ into dist/ when nothing is set', () => {
    expect(readEnv({}, new Date('2026-12-02T07:30:00Z'))).toEqual({
      siteUrl: previewOrigin,
      siteUrlSet: false,
      ci: false,
      deploy: false,
      contentDir: 'content',
      publicDir: 'public',
      dataDir: 'content/data',
      outDir: './dist',
      cacheDir: './node_modules/.astro',
      timingsFile: undefined,
      timeoutScale: 1,
      e2ePort: 4323,
      fixturePort: 4423,
      today: '2026-12-02',
      npmLocale: undefined,
    });
  });

  it('takes today as the calendar date in UTC, or the day ITBRIDGE_NOW names', () => {
    // 23:30 in UTC is already the next day in Kyiv: the UTC date decides, whatever the machine's zone.
    expect(readEnv({}, new Date('2030-06-14T23:30:00Z')).today).toBe('2030-06-14');
    expect(readEnv({}, new Date('2030-06-14T23:30:00-05:00')).today).toBe('2030-06-15');
    expect(readEnv({ ITBRIDGE_NOW: '2030-06-15' }, new Date('2026-12-02T00:00:00Z')).today).toBe('2030-06-15');
    expect(readEnv({ ITBRIDGE_NOW: ' ' }, new Date('2026-12-02T00:00:00Z')).today).toBe('2026-12-02');
  });

  it('refuses an ITBRIDGE_NOW that is not a calendar date, naming the variable and the format', () => {
    for (const value of ['2030-02-30', '2030-06-15T12:00:00Z', '15.06.2030', 'tomorrow']) {
      expect(() => readEnv({ ITBRIDGE_NOW: value }), value).toThrow(EnvError);
    }
    expect(() => readEnv({ ITBRIDGE_NOW: '2030-02-30' })).toThrow(/ITBRIDGE_NOW is "2030-02-30": it must be a calendar date written YYYY-MM-DD/);
  });

  it('takes the folders the tests and the benchmark set, without trailing slashes', () => {
    const env = readEnv({
      ITBRIDGE_CONTENT_DIR: '/tmp/case-1/content/',
      ITBRIDGE_PUBLIC_DIR: '/tmp/fixtures/public/',
      ITBRIDGE_OUT_DIR: '/tmp/case-1/dist',
      ITBRIDGE_CACHE_DIR: '/tmp/case-1/cache',
      ITBRIDGE_TIMINGS: '/tmp/timings.json',
    });
    expect(env).toMatchObject({
      contentDir: '/tmp/case-1/content',
      publicDir: '/tmp/fixtures/public',
      dataDir: '/tmp/case-1/content/data',
      outDir: '/tmp/case-1/dist',
      cacheDir: '/tmp/case-1/cache',
      timingsFile: '/tmp/timings.json',
    });
  });

  it('treats a variable set to blanks as unset, as CI forms and shells produce both', () => {
    expect(readEnv({ SITE_URL: ' ', CI: '', ITBRIDGE_CONTENT_DIR: '' })).toMatchObject({ siteUrlSet: false, ci: false, contentDir: 'content' });
  });

  it('reads CI=true and CI=1 as CI, and CI=false or CI=0 as not', () => {
    expect(readEnv({ CI: 'true' }).ci).toBe(true);
    expect(readEnv({ CI: '1' }).ci).toBe(true);
    expect(readEnv({ CI: 'false' }).ci).toBe(false);
    expect(readEnv({ CI: '0' }).ci).toBe(false);
  });

  it('refuses a SITE_URL without a scheme, naming the variable and an example', () => {
    expect(() => readEnv({ SITE_URL: 'itbridge.example' })).toThrow(EnvError);
    expect(() => readEnv({ SITE_URL: 'itbridge.example' })).toThrow(/SITE_URL is "itbridge\.example".*https:\/\/itbridge\.example/);
    expect(() => readEnv({ SITE_URL: 'ftp://itbridge.example' })).toThrow(/must start with https:\/\//);
  });

  it('doubles test timeouts on CI unless ITBRIDGE_TIMEOUT_SCALE says otherwise', () => {
    expect(readEnv({ CI: 'true' }).timeoutScale).toBe(2);
    expect(readEnv({ CI: 'true', ITBRIDGE_TIMEOUT_SCALE: '3' }).timeoutScale).toBe(3);
    expect(readEnv({ ITBRIDGE_TIMEOUT_SCALE: '1.5' }).timeoutScale).toBe(1.5);
    expect(() => readEnv({ ITBRIDGE_TIMEOUT_SCALE: 'slow' })).toThrow(/ITBRIDGE_TIMEOUT_SCALE is "slow"/);
    expect(() => readEnv({ ITBRIDGE_TIMEOUT_SCALE: '0' })).toThrow(EnvError);
  });

  it('moves the browser tests to another port when asked, so two runs can share a machine', () => {
    expect(readEnv({ ITBRIDGE_E2E_PORT: '4523' })).toMatchObject({ e2ePort: 4523, fixturePort: 4623 });
    expect(() => readEnv({ ITBRIDGE_E2E_PORT: '80' })).toThrow(/ITBRIDGE_E2E_PORT is "80": it must be a free port number from 1024 to 65435/);
    // The fixture site's server, 100 above, must still get a port.
    expect(() => readEnv({ ITBRIDGE_E2E_PORT: '65500' })).toThrow(/the fixture site's server takes the port 100 above it/);
    expect(() => readEnv({ ITBRIDGE_E2E_PORT: 'x' })).toThrow(EnvError);
  });
});

describe('the SITE_URL policy', () => {
  it('lets a local build without SITE_URL go on with a loud warning that it points at the preview address', () => {
    const problem = checkSiteUrl(readEnv({}));
    expect(problem?.severity).toBe('warning');
    expect(problem?.message).toContain(`point at ${previewOrigin}`);
    expect(problem?.message).toContain('Do not deploy it');
    expect(problem?.message).toContain('SITE_URL=https://');
  });

  it('stops a CI build without SITE_URL, since every CI service and static host sets CI', () => {
    const problem = checkSiteUrl(readEnv({ CI: 'true' }));
    expect(problem?.severity).toBe('error');
    expect(problem?.message).toMatch(/SITE_URL is not set and CI is set/);
    expect(problem?.message).toContain(`SITE_URL=${previewOrigin} npm run build`);
  });

  it('stops a hand-made deployment build (ITBRIDGE_DEPLOY=1) without SITE_URL', () => {
    expect(checkSiteUrl(readEnv({ ITBRIDGE_DEPLOY: '1' }))).toMatchObject({ severity: 'error', message: expect.stringContaining('ITBRIDGE_DEPLOY=1 is set') });
  });

  it('lets a CI test build name the preview address explicitly', () => {
    expect(checkSiteUrl(readEnv({ CI: 'true', SITE_URL: previewOrigin }))).toBeUndefined();
  });

  it('stops a hand-made deployment build that names a loopback address', () => {
    for (const url of ['http://127.0.0.1:4321', 'http://localhost:8080', 'http://[::1]/']) {
      expect(checkSiteUrl(readEnv({ ITBRIDGE_DEPLOY: '1', SITE_URL: url }))?.severity, url).toBe('error');
    }
  });

  it('says nothing about a deployment build with a public SITE_URL', () => {
    expect(checkSiteUrl(readEnv({ CI: 'true', ITBRIDGE_DEPLOY: '1', SITE_URL: 'https://itbridge.example' }))).toBeUndefined();
  });
});

describe('scaleTimeout', () => {
  it('multiplies a timeout by the scale, rounding to whole milliseconds', () => {
    expect(scaleTimeout(30_000, 2)).toBe(60_000);
    expect(scaleTimeout(1_000, 1.25)).toBe(1_250);
  });
});
