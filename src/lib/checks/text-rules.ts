import { isLocale, type Locale } from '../../i18n/locales';
import { bodyLines, type MarkdownSource } from './markdown-source';

/** A problem in the text of one file, at one line. */
export interface TextProblem {
  check: 'image-alt' | 'cross-locale-link' | 'headings';
  line: number;
  message: string;
}

/**
 * The editorial rules for the text of a file (fenced code skipped): every image has alt text, links
 * stay in the file's language, and headings do not skip a level (the page title is the h1, so the
 * text starts at ##).
 * @example findTextProblems(parseMarkdownSource('## A\n\n![](/x.png)'), 'en')[0]?.check // 'image-alt'
 */
export function findTextProblems(source: MarkdownSource, locale: Locale): TextProblem[] {
  const problems: TextProblem[] = [];
  const add = (check: TextProblem['check'], line: number, message: string) => problems.push({ check, line, message });
  let previousDepth = 1;
  for (const { line, text } of bodyLines(source)) {
    for (const m of text.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)) {
      if (!m[1]!.trim()) add('image-alt', line, `image ${m[2]} has no alt text: write what it shows between the brackets, ![…](${m[2]}).`);
    }
    for (const m of text.matchAll(/<(img|Figure)\b[^>]*>/g)) {
      if (!/\balt=/.test(m[0])) add('image-alt', line, `<${m[1]}> has no alt attribute: add alt="what the image shows".`);
    }
    for (const m of text.matchAll(/\]\((\/([a-z]{2})\/[^)\s]*)\)|href="(\/([a-z]{2})\/[^"]*)"/g)) {
      const href = m[1] ?? m[3]!;
      const target = m[2] ?? m[4]!;
      if (isLocale(target) && target !== locale) {
        add('cross-locale-link', line, `links to ${href}, a page in another language: link to ${href.replace(/^\/[a-z]{2}\//, `/${locale}/`)} instead.`);
      }
    }
    const heading = /^(#{1,6})\s/.exec(text);
    if (heading) {
      const depth = heading[1]!.length;
      if (depth === 1) add('headings', line, 'a level-1 heading (#): the title is the page’s only h1; start sections at ##.');
      else if (depth > previousDepth + 1) add('headings', line, `heading level ${depth} follows level ${previousDepth}: do not skip a level; write ${'#'.repeat(previousDepth + 1)} here.`);
      previousDepth = depth;
    }
  }
  return problems;
}
