import { ChartDataError, type ChartData, type ChartSeries } from './data';
import { describeValue, formatCount } from './describe';

const jsonExample = '{"labels": ["2024", "2025"], "series": [{"name": "Exports", "values": [12.5, 14]}]}';
const seriesExample = '{"name": "Exports", "values": [12.5, 14]}';

/**
 * Reads chart data from JSON text shaped like
 * `{ "labels": [...], "series": [{ "name": "...", "values": [...] }] }`. Labels and names are
 * trimmed. Expects text without a byte-order mark (see `parseChartData`).
 *
 * @throws {ChartDataError} Naming the key or index and showing the expected shape.
 *
 * @example
 * parseJson('{"labels": ["2024"], "series": [{"name": "Exports", "values": [12.5]}]}', 'data.json');
 * // { labels: ['2024'], series: [{ name: 'Exports', values: [12.5] }] }
 */
export function parseJson(text: string, file: string): ChartData {
  const raw = parseJsonSyntax(text, file);
  if (!isRecord(raw)) {
    throw new ChartDataError(file, `expected a JSON object like ${jsonExample}, found ${describeValue(raw)}.`);
  }
  const labels = readLabels(raw['labels'], file);
  const rawSeries = raw['series'];
  if (!Array.isArray(rawSeries)) {
    throw new ChartDataError(
      file,
      `"series" must be an array of {"name", "values"} objects, found ${describeValue(rawSeries)}. Expected shape: ${jsonExample}.`,
    );
  }
  if (rawSeries.length === 0) {
    throw new ChartDataError(file, `"series" is empty. Add at least one series, e.g. ${seriesExample}.`);
  }
  const series = rawSeries.map((item: unknown, index) => readSeries(item, `series[${index}]`, labels, file));
  return { labels, series };
}

function parseJsonSyntax(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ChartDataError(
      file,
      `is not valid JSON (${reason}). Check for trailing commas, missing commas and unquoted keys or labels.`,
    );
  }
}

function readLabels(rawLabels: unknown, file: string): string[] {
  if (!Array.isArray(rawLabels)) {
    throw new ChartDataError(
      file,
      `"labels" must be an array of strings, found ${describeValue(rawLabels)}. Expected shape: ${jsonExample}.`,
    );
  }
  if (rawLabels.length === 0) {
    throw new ChartDataError(file, '"labels" is empty. Add one label per data point, e.g. ["2024", "2025"].');
  }
  return rawLabels.map((label: unknown, index) => {
    if (typeof label !== 'string') {
      const hint = typeof label === 'number' ? ` Put it in quotes: "${label}".` : ' Write it as a string.';
      throw new ChartDataError(file, `labels[${index}] is ${describeValue(label)}, not a string.${hint}`);
    }
    if (label.trim() === '') {
      throw new ChartDataError(file, `labels[${index}] is empty. Give every data point a label.`);
    }
    return label.trim();
  });
}

/** `at` is where the item sits, e.g. `series[1]`, for messages written before its name is known. */
function readSeries(item: unknown, at: string, labels: string[], file: string): ChartSeries {
  if (!isRecord(item)) {
    throw new ChartDataError(file, `${at} must be an object like ${seriesExample}, found ${describeValue(item)}.`);
  }
  const name = item['name'];
  if (typeof name !== 'string' || name.trim() === '') {
    throw new ChartDataError(
      file,
      `${at} has no name. Add "name": "…" with the text to show in the legend and table header.`,
    );
  }
  return { name: name.trim(), values: readValues(item['values'], `series "${name.trim()}"`, labels, file) };
}

function readValues(values: unknown, series: string, labels: string[], file: string): number[] {
  if (!Array.isArray(values)) {
    throw new ChartDataError(file, `${series}: "values" must be an array of numbers, found ${describeValue(values)}.`);
  }
  if (values.length !== labels.length) {
    throw new ChartDataError(
      file,
      `${series} has ${formatCount(values.length, 'value')} but there ${labels.length === 1 ? 'is' : 'are'} ${formatCount(labels.length, 'label')}. Give exactly one value per label, in the same order.`,
    );
  }
  return values.map((value: unknown, index) => {
    // JSON.parse turns 1e999 into Infinity, so finiteness needs its own check.
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ChartDataError(
        file,
        `${series}, values[${index}] (label "${labels[index]}"): ${JSON.stringify(value) ?? String(value)} is not a number. Write plain JSON numbers without quotes, such as 12.5.`,
      );
    }
    return value;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
