import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The headers every page gets, parsed from public/_headers (the `/*` block). */
function shippedHeaders(): Record<string, string> {
  const text = readFileSync(resolve(import.meta.dirname, '../../public/_headers'), 'utf8');
  const headers: Record<string, string> = {};
  let block = '';
  for (const line of text.split('\n')) {
    if (/^\S/.test(line) && !line.startsWith('#')) block = line.trim();
    const m = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (m && block === '/*') headers[m[1]!.toLowerCase()] = m[2]!.trim();
  }
  return headers;
}

/** Serves the site with the shipped headers (as a static host would) and records CSP violations. */
async function withShippedHeaders(page: Page, headers: Record<string, string>) {
  await page.route('**/*', async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
    } catch {
      // The test ended with this request (a favicon, say) still in flight: nothing to check.
    }
  });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('public/_headers ships the security headers', () => {
  const h = shippedHeaders();
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['content-security-policy']).toContain("'wasm-unsafe-eval'");
  expect(h['content-security-policy']).not.toContain("'unsafe-inline'");
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['permissions-policy']).toContain('camera=()');
});

test('the site runs under its Content Security Policy with no violation, search included', async ({ page }) => {
  const violations = await withShippedHeaders(page, shippedHeaders());
  for (const path of ['/', '/uk/', '/en/guides/gdpr-contracts-selling-software-eu/', '/bg/partners/odesa-it-family/', '/ro/news/2025/']) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  }
  await page.goto('/uk/search/?q=кластерів');
  await page.locator('itb-search[data-state="ready"]').waitFor();
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('the policy check catches a planted violation', async ({ page }) => {
  const violations = await withShippedHeaders(page, shippedHeaders());
  await page.goto('/en/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.planted = 1';
    document.body.append(s);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
