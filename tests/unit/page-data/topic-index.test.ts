import { describe, it, expect } from 'vitest';
import { sortTopicsByLabel } from '../../../src/lib/page-data/topic-index';

const row = (key: string, label: string) => ({ key, label, count: 1, href: `/${key}/` });

describe('sortTopicsByLabel', () => {
  it('orders topics alphabetically by their label in the reader’s language', () => {
    const rows = [row('c', 'Цифрова трансформація'), row('a', 'Вихід на ринок'), row('b', 'Розвиток кластерів')];
    expect(sortTopicsByLabel(rows, 'uk-UA').map((r) => r.label)).toEqual(['Вихід на ринок', 'Розвиток кластерів', 'Цифрова трансформація']);
  });

  it('follows the language’s own alphabet, not code points (Romanian ș after s, before t)', () => {
    const rows = [row('t', 'Tehnologie'), row('sh', 'Știri'), row('s', 'Sud')];
    expect(sortTopicsByLabel(rows, 'ro-RO').map((r) => r.label)).toEqual(['Sud', 'Știri', 'Tehnologie']);
  });

  it('ignores case and leaves the input untouched', () => {
    const rows = [row('b', 'beta'), row('a', 'Alpha')];
    expect(sortTopicsByLabel(rows, 'en-GB').map((r) => r.key)).toEqual(['a', 'b']);
    expect(rows.map((r) => r.key)).toEqual(['b', 'a']);
  });
});
