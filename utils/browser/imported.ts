/** The commentary the extension knows: the bundled index plus the reader's imports, if IndexedDB works. */
import index from '../../data/commentary.json';
import type { Commentary } from '../commentary';
import { listImported, openCommentaryDb } from './commentary-store';

export const BUNDLED: readonly Commentary[] = index.commentaries;

/**
 * Bundled and imported commentary. Where IndexedDB is unavailable (a private window, blocked
 * storage) the bundled index is all there is, and `importsError` says why.
 */
export async function allCommentary(): Promise<{ commentaries: Commentary[]; importsError?: string }> {
  try {
    const db = await openCommentaryDb();
    const imported = await listImported(db);
    db.close();
    return { commentaries: [...BUNDLED, ...imported.map(({ importedAt: _, ...c }) => c)] };
  } catch (e) {
    return { commentaries: [...BUNDLED], importsError: e instanceof Error ? e.message : String(e) };
  }
}
