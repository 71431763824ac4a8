import { describe, it, expect } from 'vitest';
import { parse } from 'node-html-parser';
import { describePreviewProblems, isPreviewPageRequest, renderPreviewErrorPage } from '../../../src/lib/checks/preview-error-page';
import type { ContentProblem } from '../../../src/lib/content/problems';

const date: ContentProblem = {
  file: 'content/news/en/test-meeting.md',
  line: 9,
  check: 'dates',
  message: 'field "pubDate" is "13.02.2025", which is not a calendar date. Write it as YYYY-MM-DD, for example pubDate: 2025-02-13.',
};
const schema: ContentProblem = { file: 'content/news/en/test-meeting.md', check: 'schema', message: 'topics: "cluster-developement" is not a topic <b>' };

describe('renderPreviewErrorPage', () => {
  it('lists every problem with its file, line and fix, in the words the build prints', () => {
    const page = parse(renderPreviewErrorPage([date, schema]));
    expect(page.querySelector('h1')?.text).toBe('The preview stopped: 2 content problems');
    const items = page.querySelectorAll('[data-preview-content-error] li');
    expect(items.map((li) => li.querySelector('code')?.text)).toEqual(['content/news/en/test-meeting.md:9', 'content/news/en/test-meeting.md']);
    expect(items[0]!.text).toContain('Write it as YYYY-MM-DD, for example pubDate: 2025-02-13.');
  });

  it('escapes what an editor wrote, so a message quoting markup shows it as text', () => {
    const html = renderPreviewErrorPage([schema]);
    expect(html).toContain('is not a topic &lt;b&gt;');
    expect(html).not.toContain('topic <b>');
    expect(parse(html).querySelector('h1')?.text).toBe('The preview stopped: 1 content problem');
  });

  it('loads Vite\'s client, so the page reloads itself once the files are fixed', () => {
    expect(parse(renderPreviewErrorPage([date])).querySelector('script[type="module"]')?.getAttribute('src')).toBe('/@vite/client');
  });
});

describe('isPreviewPageRequest', () => {
  const html = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
  it('answers page loads in every language, the status page included', () => {
    for (const url of ['/', '/uk/news/x/', '/status/translations/', '/en/search/?q=x']) expect(isPreviewPageRequest({ method: 'GET', url, accept: html }), url).toBe(true);
  });
  it('leaves assets, Vite\'s modules, form posts and the editor at /admin/ alone', () => {
    expect(isPreviewPageRequest({ method: 'GET', url: '/_astro/site.css', accept: 'text/css,*/*;q=0.1' })).toBe(false);
    expect(isPreviewPageRequest({ method: 'GET', url: '/@vite/client', accept: '*/*' })).toBe(false);
    expect(isPreviewPageRequest({ method: 'GET', url: '/@id/astro:content', accept: html })).toBe(false);
    expect(isPreviewPageRequest({ method: 'GET', url: '/admin/', accept: html })).toBe(false);
    expect(isPreviewPageRequest({ method: 'POST', url: '/en/', accept: html })).toBe(false);
  });
});

describe('describePreviewProblems', () => {
  it('says nothing when the content is fine, and where the problems are shown otherwise', () => {
    expect(describePreviewProblems([])).toBeUndefined();
    expect(describePreviewProblems([date])).toMatch(/^Content check failed \(1 problem\):\n- content\/news\/en\/test-meeting\.md:9: field "pubDate"[^]*The browser shows these/);
  });
});
