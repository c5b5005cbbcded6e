/**
 * `sweep:reader`'s per-page results and its summary. File names are printed for the tuning half
 * only: the held-out half is reported in counts, so that nobody tunes on it. Invariant
 * violations are bugs, not tuning, and are listed with file names in every half.
 */
import type { Half } from '../bench/article-corpus';
import type { WorldError } from './errors';

export interface PageResult {
  index: number;
  file: string;
  half: Half;
  withAlias?: string;
  withoutAlias?: string;
  /** `with` snippets not found in the page's text (white space ignored). */
  withMissing: number;
  /** Marks of every topic (built-in and the reader's). */
  marks: number;
  withMarks: number;
  /** With-alias marks inside text matching a `with` snippet that holds the alias. */
  withMarksInSnippet: number;
  withoutMarks: number;
  /** Where the first marks of the without-alias are (ancestors and block text). */
  leakedAt?: string[];
  scanMs: number;
  /** Robustness invariants broken on this page: DOM changed, marks where none may be, errors, scan never reported. */
  violations: string[];
  errors: WorldError[];
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '-');

function summarizeHalf(label: string, results: PageResult[], listFiles: boolean): string[] {
  const withAlias = results.filter((r) => r.withAlias);
  const marked = withAlias.filter((r) => r.withMarksInSnippet > 0);
  const notMarked = withAlias.filter((r) => r.withMarksInSnippet === 0);
  const markedElsewhere = notMarked.filter((r) => r.withMarks > 0);
  const withoutAlias = results.filter((r) => r.withoutAlias);
  const leaks = withoutAlias.filter((r) => r.withoutMarks > 0);
  const violations = results.filter((r) => r.violations.length);
  const lines = [
    `${label}: ${results.length} pages, ${results.reduce((n, r) => n + r.marks, 0)} marks`,
    `  with-alias picked on ${withAlias.length} pages (none on ${results.length - withAlias.length})`,
    `    marked inside a with snippet: ${marked.length} (${pct(marked.length, withAlias.length)})`,
    `    not marked there: ${notMarked.length} (${markedElsewhere.length} of them marked elsewhere on the page)`,
    `  without-alias picked on ${withoutAlias.length} pages; marked (leak) on ${leaks.length} (${pct(leaks.length, withoutAlias.length)})`,
    `  pages with invariant violations: ${violations.length}`,
  ];
  if (listFiles) {
    lines.push(`  not marked inside a with snippet (file: alias, marks elsewhere, with snippets missing from the page):`);
    for (const r of notMarked) lines.push(`    ${r.file}: "${r.withAlias}", ${r.withMarks}, ${r.withMissing}`);
    lines.push(`  leaks (file: without-alias, marks):`);
    for (const r of leaks) lines.push(`    ${r.file}: "${r.withoutAlias}", ${r.withoutMarks}`);
  }
  return lines;
}

/** The summary as printed: all pages, the tuning half with file names, the held-out half in counts, every violation. */
export function summary(results: PageResult[], seconds: number): string {
  const halves = (['tuning', 'held-out'] as const).map((h) => results.filter((r) => r.half === h));
  const scan = results.map((r) => r.scanMs).sort((a, b) => a - b);
  const quantile = (q: number) => Math.round(scan[Math.min(scan.length - 1, Math.floor(q * scan.length))] ?? 0);
  const lines = [
    ...summarizeHalf('all', results, false),
    ...summarizeHalf('tuning', halves[0]!, true),
    ...summarizeHalf('held-out (counts only)', halves[1]!, false),
    `scan reported, from navigation start: median ${quantile(0.5)} ms, p95 ${quantile(0.95)} ms, max ${quantile(1)} ms`,
    `invariant violations (all halves):`,
  ];
  for (const r of results) for (const v of r.violations) lines.push(`  ${r.file} [${r.half}]: ${v}`);
  const pageErrors = results.flatMap((r) => r.errors.filter((e) => e.world === 'page'));
  lines.push(`page-world errors (not the extension's; scripts are stripped): ${pageErrors.length}`);
  lines.push(`run time: ${seconds.toFixed(0)} s (${(seconds / Math.max(1, results.length)).toFixed(2)} s per page)`);
  return lines.join('\n');
}
