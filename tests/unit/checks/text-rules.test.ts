import { describe, it, expect } from 'vitest';
import { findTextProblems } from '../../../src/lib/checks/text-rules';
import { parseMarkdownSource } from '../../../src/lib/checks/markdown-source';
import type { Locale } from '../../../src/i18n/locales';

const fm = '---\ntitle: A title\ndescription: A description of twenty characters or more.\n---\n';
const checks = (locale: Locale, body: string) => findTextProblems(parseMarkdownSource(`${fm}${body}\n`), locale).map((p) => `${p.check}:${p.line}`);

describe('findTextProblems', () => {
  it('passes clean text', () => {
    expect(checks('ro', '## Secțiune\n\nCooperare și inovare.\n\n### Detalii\n\n![Harta partenerilor](/images/map.png)')).toEqual([]);
  });

  it('finds images without alt text, in Markdown and in MDX, with the file line', () => {
    expect(checks('en', '## A\n\n![](/images/a.png)\n\n<Figure src="/images/b.png" width={1} height={1} />')).toEqual(['image-alt:7', 'image-alt:9']);
  });

  it('finds a link into another language', () => {
    expect(checks('es', '## A\n\nVéase [la guía](/en/guides/x/) y [esta](/es/guides/y/).')).toEqual(['cross-locale-link:7']);
  });

  it('finds headings that skip a level and a level-1 heading', () => {
    expect(checks('en', '## A\n\n#### Too deep\n\n# Title again')).toEqual(['headings:7', 'headings:9']);
  });

  it('skips fenced code, even when a ~~~ line sits inside a ``` block', () => {
    expect(checks('en', '## A\n\n```md\n~~~\n# not a heading\n![](/x.png)\n```\n\nText.')).toEqual([]);
  });
});
