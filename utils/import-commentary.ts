/**
 * The reader's own commentary: checks an imported file, parses it with the same parser as the
 * bundled index, and plans what a confirmed import would add or update. Pure.
 */
import type { Commentary } from './commentary';
import { parseCommentaryPage, type ParseWarning } from './parse-commentary';

/** A saved JFIR page is ~100 KB; anything far larger is not one. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export type ImportProblem =
  | { code: 'import_too_large'; args: [kilobytes: string, maxKilobytes: string] }
  | { code: 'import_binary'; args: [] }
  | { code: 'import_empty'; args: [] }
  | { code: 'import_no_commentary'; args: [] };

export interface ImportPreviewItem {
  commentary: Commentary;
  /** `new`; `update` of an earlier import; `bundled`: already in the extension, skipped. */
  status: 'new' | 'update' | 'bundled';
}

export interface ImportPreview {
  items: ImportPreviewItem[];
  /** What the parser could not read, e.g. a commentary without author note. */
  warnings: ParseWarning[];
}

/** Refuses files that are too large or binary; `bytes` is the file's size. */
export function checkImportFile(text: string, bytes: number): ImportProblem | undefined {
  if (bytes > MAX_IMPORT_BYTES)
    return { code: 'import_too_large', args: [String(Math.ceil(bytes / 1024)), String(MAX_IMPORT_BYTES / 1024)] };
  // Text never holds NULs; decoded binary files (PDF, images, archives) are full of them and of U+FFFD.
  const sample = text.slice(0, 8192);
  const odd = sample.match(/[\0\ufffd]/g)?.length ?? 0;
  if (odd > 0 && odd / Math.max(1, sample.length) > 0.001) return { code: 'import_binary', args: [] };
  if (!text.trim()) return { code: 'import_empty', args: [] };
  return undefined;
}

/**
 * Parses page text (from a .txt file, a pasted commentary, or saved HTML already turned into
 * lines) and marks each commentary as new, an update of an earlier import, or already bundled.
 */
export function previewImport(
  text: string,
  importedIds: ReadonlySet<string>,
  bundledIds: ReadonlySet<string>,
): ImportPreview | ImportProblem {
  const { commentaries, warnings } = parseCommentaryPage(text);
  if (commentaries.length === 0) return { code: 'import_no_commentary', args: [] };
  return {
    items: commentaries.map((c) => ({
      commentary: { ...c, imported: true },
      status: bundledIds.has(c.id) ? 'bundled' : importedIds.has(c.id) ? 'update' : 'new',
    })),
    warnings: warnings.filter((w) => w.code !== 'parse_none_found'),
  };
}
