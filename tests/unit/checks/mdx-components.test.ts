import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findComponentProblems } from '../../../src/lib/checks/mdx-components';
import { parseMarkdownSource } from '../../../src/lib/checks/markdown-source';

const dataDir = mkdtempSync(join(tmpdir(), 'itbridge-data-'));
writeFileSync(join(dataDir, 'members.csv'), 'Year,Members\n2024,120\n');
writeFileSync(join(dataDir, 'broken.csv'), 'Year,Members\n2024,12O\n');
const context = { dataDir, organisationIds: ['alpha-cluster'] };
const problems = (body: string) => findComponentProblems(parseMarkdownSource(`---\ntitle: A study\n---\n${body}\n`), context);

describe('findComponentProblems', () => {
  it('passes a chart with its data file and a card naming a partner', () => {
    expect(problems('<Chart src="members.csv" title="Members" description="Members per year." />\n\n<PartnerCard id="alpha-cluster" />')).toEqual([]);
  });

  it('names a partner card whose id is not a partner, in the component’s own words', () => {
    expect(problems('Text.\n\n<PartnerCard id="omega-cluster" />')).toEqual([
      { line: 6, message: '<PartnerCard>: id="omega-cluster" is not a partner. Use one of: alpha-cluster.' },
    ]);
  });

  it('names a chart whose data file is missing, with the path it looked for', () => {
    expect(problems('<Chart src="none.csv" title="T" description="D." />')[0]?.message).toBe(
      `<Chart src="none.csv">: the data file ${dataDir}/none.csv does not exist. Add it or correct the name.`,
    );
  });

  it('names a chart whose data is malformed, with row and column', () => {
    expect(problems('<Chart src="broken.csv" title="T" description="D." />')[0]?.message).toMatch(/^<Chart src="broken\.csv">: .*broken\.csv.*"12O" is not a number/);
  });

  it('reads a tag written over several lines and reports its first line', () => {
    const found = problems('Intro.\n\n<Chart\n  src="members.csv"\n  type="pie"\n  title="T"\n  description="D."\n/>');
    expect(found).toEqual([{ line: 6, message: '<Chart src="members.csv">: type="pie" is not allowed. Use bar or line.' }]);
  });

  it('counts a prop written as an expression as given, and skips what only the build can evaluate', () => {
    expect(problems('<Chart src="members.csv" title={frontmatter.title} description={"Members per year."} />')).toEqual([]);
    expect(problems('<PartnerCard id={partner} />')).toEqual([]);
  });

  it('checks a literal written in braces, and a card inside a callout', () => {
    expect(problems('<Callout>\n  <PartnerCard id={"omega-cluster"} />\n</Callout>')).toEqual([
      { line: 5, message: '<PartnerCard>: id="omega-cluster" is not a partner. Use one of: alpha-cluster.' },
    ]);
  });

  it('skips components shown in inline code', () => {
    expect(problems('Write `<PartnerCard id="omega-cluster" />` for a card.')).toEqual([]);
  });

  it('skips components shown in a code example', () => {
    expect(problems('```mdx\n<PartnerCard id="omega-cluster" />\n```')).toEqual([]);
  });
});
