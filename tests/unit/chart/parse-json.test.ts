import { describe, it, expect } from 'vitest';
import { parseChartData, type ChartData } from '../../../src/lib/chart';
import { chartErrorOf } from '../../helpers/chart';

// Through parseChartData, the one way into the JSON parser, so messages are asserted as authors see them.
const jsonFile = 'content/studies/data/x.json';

const json = (value: unknown): ChartData => parseChartData(JSON.stringify(value), 'json', jsonFile);
const jsonError = (text: string): string => chartErrorOf(() => parseChartData(text, 'json', jsonFile));

describe('parseChartData with JSON', () => {
  it('reads labels and series', () => {
    const value = { labels: ['2024', '2025'], series: [{ name: 'Exports', values: [12.5, -3] }] };
    expect(json(value)).toEqual(value);
  });

  it('trims labels and series names', () => {
    expect(json({ labels: [' 2024 '], series: [{ name: ' Exports ', values: [1] }] })).toEqual({
      labels: ['2024'],
      series: [{ name: 'Exports', values: [1] }],
    });
  });

  it('wraps a syntax error with the file name and a hint', () => {
    const message = jsonError('{"labels": ["2024",], "series": []}');
    expect(message).toMatch(/^content\/studies\/data\/x\.json: is not valid JSON \(.+\)\. Check for trailing commas/);
  });

  it('rejects a value of the wrong shape and shows the expected one', () => {
    expect(jsonError('[1, 2]')).toMatch(/^content\/studies\/data\/x\.json: expected a JSON object like \{"labels": .*found an array\.$/);
    expect(jsonError('{"series": []}')).toMatch(/^content\/studies\/data\/x\.json: "labels" must be an array of strings, found nothing\./);
    expect(jsonError('{"labels": ["a"], "series": {"name": "x"}}')).toMatch(/"series" must be an array of \{"name", "values"\} objects, found an object\./);
    expect(jsonError('{"labels": ["a"], "series": [3]}')).toMatch(/series\[0\] must be an object like .*found 3 \(a number\)\.$/);
  });

  it('rejects empty labels and series lists, saying what to add', () => {
    expect(jsonError('{"labels": [], "series": []}')).toBe(
      `${jsonFile}: "labels" is empty. Add one label per data point, e.g. ["2024", "2025"].`,
    );
    expect(jsonError('{"labels": ["a"], "series": []}')).toBe(
      `${jsonFile}: "series" is empty. Add at least one series, e.g. {"name": "Exports", "values": [12.5, 14]}.`,
    );
  });

  it('rejects a numeric label and says to quote it', () => {
    expect(jsonError('{"labels": [2024], "series": [{"name": "x", "values": [1]}]}')).toBe(
      `${jsonFile}: labels[0] is 2024 (a number), not a string. Put it in quotes: "2024".`,
    );
  });

  it('rejects a blank label and a label of another kind', () => {
    expect(jsonError('{"labels": ["a", " "], "series": []}')).toBe(`${jsonFile}: labels[1] is empty. Give every data point a label.`);
    expect(jsonError('{"labels": [true], "series": []}')).toBe(`${jsonFile}: labels[0] is true (a boolean), not a string. Write it as a string.`);
  });

  it('rejects a series without a name', () => {
    expect(jsonError('{"labels": ["a"], "series": [{"name": "x", "values": [1]}, {"values": [2]}]}')).toBe(
      `${jsonFile}: series[1] has no name. Add "name": "…" with the text to show in the legend and table header.`,
    );
    expect(jsonError('{"labels": ["a"], "series": [{"name": "  ", "values": [1]}]}')).toContain('series[0] has no name.');
  });

  it('rejects values that are not an array', () => {
    expect(jsonError('{"labels": ["a"], "series": [{"name": "Exports", "values": {}}]}')).toBe(
      `${jsonFile}: series "Exports": "values" must be an array of numbers, found an object.`,
    );
  });

  it('rejects a series whose value count differs from the label count', () => {
    expect(jsonError('{"labels": ["a", "b", "c"], "series": [{"name": "Exports", "values": [1, 2]}]}')).toBe(
      `${jsonFile}: series "Exports" has 2 values but there are 3 labels. Give exactly one value per label, in the same order.`,
    );
    expect(jsonError('{"labels": ["a"], "series": [{"name": "Exports", "values": []}]}')).toContain(
      'series "Exports" has 0 values but there is 1 label.',
    );
  });

  it('rejects quoted numbers, nulls and numbers too large to be finite', () => {
    expect(jsonError('{"labels": ["a", "b"], "series": [{"name": "Exports", "values": [1, "12"]}]}')).toBe(
      `${jsonFile}: series "Exports", values[1] (label "b"): "12" is not a number. Write plain JSON numbers without quotes, such as 12.5.`,
    );
    expect(jsonError('{"labels": ["a"], "series": [{"name": "E", "values": [null]}]}')).toContain('values[0] (label "a"): null is not a number.');
    expect(jsonError('{"labels": ["a"], "series": [{"name": "E", "values": [1e999]}]}')).toContain('values[0] (label "a"): null is not a number.');
  });
});
