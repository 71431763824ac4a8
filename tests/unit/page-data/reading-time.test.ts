import { describe, it, expect } from 'vitest';
import { countWords, readingMinutes } from '../../../src/lib/page-data/reading-time';

describe('countWords', () => {
  it('counts a Ukrainian word with a typographic or ASCII apostrophe as one word', () => {
    expect(countWords('Кожен об’єкт і суб’єкт')).toBe(4);
    expect(countWords("п'ять м'ячів")).toBe(2);
  });

  it('counts Ukrainian letters ї and ґ as part of the word', () => {
    expect(countWords('Ґанок їхнього будинку')).toBe(3);
  });

  it('counts Romanian words with ș and ț as whole words', () => {
    expect(countWords('Științele și tehnologia informației în România')).toBe(6);
  });

  it('counts Spanish words with ñ as whole words', () => {
    expect(countWords('El año de la cooperación española')).toBe(6);
  });

  it('counts the same text the same way under a specific locale', () => {
    expect(countWords('Кожен об’єкт і суб’єкт', 'uk')).toBe(4);
  });

  it('ignores YAML frontmatter at the start of the file', () => {
    expect(countWords('---\ntitle: Many words in the title here\ntopics: [a, b]\n---\nTwo words')).toBe(2);
  });

  it('keeps a thematic break later in the text from being mistaken for frontmatter', () => {
    expect(countWords('One\n\n---\n\nTwo\n\n---\n\nThree')).toBe(3);
  });

  it('ignores fenced code blocks with backticks and tildes', () => {
    const md = 'Before\n\n```ts\nconst many = words + in(code);\n```\n\n~~~\nmore code here\n~~~\nAfter';
    expect(countWords(md)).toBe(2);
  });

  it('keeps a fence of the other character inside a code block from closing it', () => {
    expect(countWords('Start\n````md\n```\nstill code\n```\n````\nEnd')).toBe(2);
  });

  it('drops MDX import and export lines, including multi-line imports', () => {
    const md = "import Chart from '../Chart.astro';\nimport {\n  a,\n  b,\n} from 'x';\n\nexport const meta = { x: 1 };\n\nReal text";
    expect(countWords(md)).toBe(2);
  });

  it('drops HTML and MDX tags but keeps the text between them', () => {
    expect(countWords('<Callout type="info" data={[{ a: 1 }]}>Read this</Callout> <br/> <Chart\n  id="x"\n/> done')).toBe(3);
  });

  it('drops HTML comments', () => {
    expect(countWords('Visible <!-- hidden note for editors --> text')).toBe(2);
  });

  it('keeps link text and drops the link URL', () => {
    expect(countWords('See [the cluster guide](https://example.org/guides/cluster-guide "Guide") now')).toBe(5);
  });

  it('keeps the text of a reference link and drops its definition', () => {
    expect(countWords('Read [our report][r] today.\n\n[r]: https://example.org/report-2025')).toBe(4);
  });

  it('drops images entirely, alt text included', () => {
    expect(countWords('Photo: ![Team in Cluj-Napoca at the kickoff](/img/team.jpg) below')).toBe(2);
  });

  it('drops bare URLs', () => {
    expect(countWords('Visit https://itbridge.example/uk/news/kickoff-cluj today')).toBe(2);
  });

  it('counts a table by the text of its cells, without pipes or separator rows', () => {
    const md = '| Country | Partners |\n| :--- | ---: |\n| Україна | 12 |\n| România | 7 |';
    expect(countWords(md)).toBe(6);
  });

  it('drops heading, list and emphasis markers', () => {
    const md = '## Мета проєкту ##\n\n1. **Перший** крок\n2. _Другий_ ~~крок~~\n- *третій*';
    expect(countWords(md)).toBe(7);
  });

  it('keeps snake_case as one word while dropping underscore emphasis', () => {
    expect(countWords('__Bold__ and some_identifier')).toBe(3);
  });

  it('does not count HTML entities as words', () => {
    expect(countWords('ITBridge&nbsp;2025 &mdash; kickoff')).toBe(3);
  });

  it('returns 0 for an empty body or one with only code', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('---\ntitle: x\n---\n```\ncode\n```')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('gives 1 minute for 0 words, never 0', () => {
    expect(readingMinutes(0)).toBe(1);
  });

  it('gives exactly 1 minute for 200 words at the default 200 words per minute', () => {
    expect(readingMinutes(200)).toBe(1);
  });

  it('rounds 201 words up to 2 minutes', () => {
    expect(readingMinutes(201)).toBe(2);
  });

  it('uses the given reading speed', () => {
    expect(readingMinutes(500, 100)).toBe(5);
    expect(readingMinutes(501, 250)).toBe(3);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects a word count of %s with a RangeError', (words) => {
    expect(() => readingMinutes(words)).toThrow(RangeError);
  });

  it.each([0, -200, Number.NaN])('rejects a reading speed of %s with a RangeError', (wpm) => {
    expect(() => readingMinutes(100, wpm)).toThrow(RangeError);
  });
});
