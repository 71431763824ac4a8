import { describe, it, expect, vi, beforeAll } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

// Chart.astro reads its data from env's dataDir, fixed when env.ts is first imported; point it at
// the fixture content before that happens.
vi.stubEnv('ITBRIDGE_CONTENT_DIR', 'tests/fixtures/content');
const { default: Chart } = await import('../../../src/components/mdx/Chart.astro');

const props = {
  src: 'fixture-chart.csv',
  title: 'Fixture members and events',
  description: 'Members and events per year in the fixture data.',
  labelHeader: 'Year',
};
let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Renders charts into one page: the same locals object, as Astro gives all components of one page. */
async function renderPage(...charts: (typeof props)[]): Promise<string[]> {
  const locals: App.Locals = { content: { file: 'studies/en/fixture-study.mdx', locale: 'en', pageLocale: 'en' } };
  const html: string[] = [];
  for (const chart of charts) html.push(await container.renderToString(Chart, { locals, props: chart }));
  return html;
}

const idsIn = (html: string): string[] => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);

describe('Chart', () => {
  it('renders the SVG, the caption and the data table of the fixture study', async () => {
    const [html = ''] = await renderPage(props);
    expect(html).toContain('<figure class="chart" aria-labelledby="chart-fixture-chart-caption"');
    expect(html).toContain('<title id="chart-fixture-chart-title">Fixture members and events</title>');
    expect(html).toMatch(/<figcaption id="chart-fixture-chart-caption"[^>]*>Fixture members and events<\/figcaption>/);
    // First child (a figcaption between the chart and its table is invalid HTML: the Nu checker refuses it).
    expect(html).toMatch(/<figure class="chart"[^>]*>\s*<figcaption id="chart-fixture-chart-caption"/);
    expect(html).toMatch(/<th scope="row"[^>]*>2025<\/th><td[^>]*>180<\/td><td[^>]*>7<\/td>/);
  });

  it('gives two charts on the same data file on one page ids that do not clash', async () => {
    const [first = '', second = ''] = await renderPage(props, { ...props, title: 'The same data again' });
    expect(first).toContain('aria-labelledby="chart-fixture-chart-title chart-fixture-chart-desc"');
    expect(second).toContain('aria-labelledby="chart-fixture-chart-2-title chart-fixture-chart-2-desc"');
    const ids = [...idsIn(first), ...idsIn(second)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('starts from the plain id again on the next page', async () => {
    await renderPage(props);
    const [html = ''] = await renderPage(props);
    expect(html).toContain('id="chart-fixture-chart-title"');
  });
});
