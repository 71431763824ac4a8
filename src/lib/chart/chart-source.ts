import { existsSync, readFileSync } from 'node:fs';
import { ChartDataError, type ChartData } from './data';
import { parseChartData } from './parse';
import { describeInvisibleCharacter } from '../format/invisible-characters';

/** The props of a `<Chart>` that decide whether it can be drawn at all. */
export interface ChartSourceProps {
  src: string;
  type?: string | undefined;
  title?: string | undefined;
  description?: string | undefined;
}

/** A `<Chart>` an editor has to fix; the message says what and how, without the MDX file (the caller adds it). */
export class ChartSourceError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'ChartSourceError';
  }
}

/**
 * Checks a chart's props and reads its data file, for the `<Chart>` component at build time and for
 * npm run check:content, so both refuse the same charts with the same words.
 * @example readChartSource({ src: 'study.csv', title: 'Members', description: 'Members per year.' }, 'content/data').data.labels // ['2024', '2025']
 */
export function readChartSource(props: ChartSourceProps, dataDir: string): { type: 'bar' | 'line'; path: string; data: ChartData } {
  const { src, type = 'bar', title, description } = props;
  if (!title || !description) {
    throw new ChartSourceError('title and description are required: they describe the chart to readers who cannot see it.');
  }
  for (const [name, value] of [['title', title], ['description', description]] as const) {
    const invisible = describeInvisibleCharacter(value);
    if (invisible) throw new ChartSourceError(`${name} ${invisible}`);
  }
  if (type !== 'bar' && type !== 'line') throw new ChartSourceError(`type="${type}" is not allowed. Use bar or line.`);
  if (!/^[a-z0-9-]+\.(csv|json)$/.test(src)) {
    throw new ChartSourceError('src must name a .csv or .json file in content/data/, e.g. src="study-sample.csv".');
  }
  const path = `${dataDir}/${src}`;
  if (!existsSync(path)) throw new ChartSourceError(`the data file ${path} does not exist. Add it or correct the name.`);
  try {
    return { type, path, data: parseChartData(readFileSync(path, 'utf8'), src.endsWith('.json') ? 'json' : 'csv', path) };
  } catch (error) {
    if (error instanceof ChartDataError) throw new ChartSourceError(error.message);
    throw error;
  }
}
