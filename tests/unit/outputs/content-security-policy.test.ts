import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { headerContentSecurityPolicy, metaContentSecurityPolicy } from '../../../src/lib/outputs/content-security-policy';

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

describe('the Content Security Policy', () => {
  it('is sent by public/_headers exactly as the module says', () => {
    const line = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(read('public/_headers'))?.[1]?.trim();
    expect(line).toBe(headerContentSecurityPolicy);
  });

  it('is the meta policy plus only the directives a meta tag cannot carry', () => {
    expect(headerContentSecurityPolicy).toBe(`${metaContentSecurityPolicy}; frame-ancestors 'none'`);
    for (const headerOnly of ['frame-ancestors', 'report-uri', 'sandbox']) expect(metaContentSecurityPolicy).not.toContain(headerOnly);
    expect(metaContentSecurityPolicy).not.toContain("'unsafe-inline'");
  });

  it('is the one docs/security-headers.md documents, for the table and for nginx', () => {
    const docs = read('docs/security-headers.md');
    expect(docs).toContain(`| \`${headerContentSecurityPolicy}\` |`);
    expect(docs).toContain(`add_header Content-Security-Policy "${headerContentSecurityPolicy}" always;`);
    expect(docs).toContain(metaContentSecurityPolicy);
  });

  it('is carried by both layouts as a meta tag right after the charset, in builds (the dev server inlines styles)', () => {
    for (const layout of ['src/layouts/BaseLayout.astro', 'src/layouts/RootLayout.astro']) {
      expect(read(layout)).toMatch(
        /<meta charset="utf-8" \/>\n(?:\s*\{\/\*.*\*\/\}\n)?\s*\{import\.meta\.env\.ITBRIDGE_CSP_META && <meta http-equiv="Content-Security-Policy" content=\{metaContentSecurityPolicy\} \/>\}/,
      );
    }
  });
});
