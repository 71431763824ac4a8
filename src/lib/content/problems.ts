import type { Locale } from '../../i18n/locales';

/**
 * One thing wrong with the content, kept apart from how it is shown: the build prints it as
 * `<file>:<line>: <message>`, the editors' report (npm run check:content) puts the file in its own
 * column. Both print the same `message`, so an editor sees the same words in either place.
 */
export interface ContentProblem {
  /** The file as shown to editors, e.g. content/news/uk/kickoff.md (several, joined, for a clash between files). */
  file: string;
  /** 1-based line in the file, when the problem sits on one line. */
  line?: number | undefined;
  /** The language section of the editors' report; absent for language-neutral files such as organisations.yaml. */
  locale?: Locale | undefined;
  /** Short name of the rule, e.g. "schema", "dates", "orphan": the check column of the editors' report. */
  check: string;
  /** What is wrong and how to fix it, without the file. */
  message: string;
}

/**
 * The one-line form the build prints.
 * @example formatProblem({ file: 'content/news/en/a.md', line: 4, check: 'dates', message: 'field "pubDate" …' })
 * // 'content/news/en/a.md:4: field "pubDate" …'
 */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
}

/**
 * Every problem under one heading, so the build reports all of them at once rather than the first.
 * @example formatProblemList('Content check failed', [p]) // 'Content check failed (1 problem):\n- content/news/en/a.md:4: …'
 */
export function formatProblemList(heading: string, problems: readonly ContentProblem[]): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `${heading} (${count}):\n- ${problems.map(formatProblem).join('\n- ')}`;
}

/** What the build prints under its list of content problems: the same list comes from the editors' own check. */
export const contentErrorAdvice = 'Fix each file at the line shown, then run npm run check:content: it lists the same problems, without building.';

/** Content the build cannot publish correctly; the message lists every problem with its file and fix. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblemList('Content check failed', problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
