/**
 * npm run check:content [-- --json] [--content DIR] [--public DIR] [--ui DIR]
 * The editors' report, one section per locale: every problem that would stop the build, with the
 * build's own message (files that are not Markdown, frontmatter the schema refuses, bad dates, two
 * files for one page, orthography, language-neutral fields in a translation, unknown partners, a
 * disagreeing sourceLocale, a broken <Chart> or <PartnerCard>, images without alt text or without a
 * file, links to no page or into another language, headings that skip a level) — the build stops on
 * the same list, from the same function (src/lib/checks/content-tree.ts) — and UI strings missing from
 * a locale. Warnings: missing and stale translations, and what the build
 * leaves unpublished (drafts, translations without an original). Scheduled files (pubDate after today,
 * and their translations) are listed apart, with their date: not a problem. Exits 1 when there is an
 * error, 0 with warnings only. --content and --public default to the build's folders; today is the
 * build's (ITBRIDGE_NOW, else the date in UTC).
 */
import { runContentCheck } from './lib/content-report/run';

const { status, output } = await runContentCheck(process.argv.slice(2));
console.log(output);
process.exit(status);
