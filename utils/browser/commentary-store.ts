/**
 * The reader's imported commentary in IndexedDB (through `idb`). Version 1 stored commentary
 * records by id; version 2 adds when each was imported, indexed, so the options page lists them
 * newest first. Each upgrade step runs in order, so a version 1 database keeps its records.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Commentary } from '../commentary';

export const DB_NAME = 'jfir-briefs';
export const DB_VERSION = 2;

export interface StoredCommentary extends Commentary {
  /** ISO time of the (last) import. */
  importedAt: string;
}

interface BriefsDb extends DBSchema {
  commentaries: { key: string; value: StoredCommentary; indexes: { importedAt: string } };
}

export type CommentaryDb = IDBPDatabase<BriefsDb>;

/** Opens (and upgrades) the database; rejects where IndexedDB is unavailable or blocked. */
export function openCommentaryDb(): Promise<CommentaryDb> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available'));
  return openDB<BriefsDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) db.createObjectStore('commentaries', { keyPath: 'id' });
      if (oldVersion < 2) {
        const store = tx.objectStore('commentaries');
        store.createIndex('importedAt', 'importedAt');
        // Records from version 1 have no import time: give them the upgrade's, so the index lists them.
        const now = new Date().toISOString();
        // A failed update aborts the upgrade transaction, and opening the database rejects with it.
        store
          .openCursor()
          .then(async function backfill(cursor): Promise<void> {
            if (!cursor) return;
            if (!cursor.value.importedAt) await cursor.update({ ...cursor.value, importedAt: now });
            return backfill(await cursor.continue());
          })
          .catch(() => undefined);
      }
    },
  });
}

/** Every imported commentary, newest import first. */
export async function listImported(db: CommentaryDb): Promise<StoredCommentary[]> {
  return (await db.getAllFromIndex('commentaries', 'importedAt')).reverse();
}

/** Stores the commentaries in one transaction: all or none. Same id = update, never a duplicate. */
export async function saveImported(db: CommentaryDb, commentaries: readonly Commentary[], now = new Date()): Promise<void> {
  const tx = db.transaction('commentaries', 'readwrite');
  // Aborting rejects `done`; the caller hears of the failure through the error thrown below.
  tx.done.catch(() => undefined);
  try {
    for (const c of commentaries) await tx.store.put({ ...c, imported: true, importedAt: now.toISOString() });
    await tx.done;
  } catch (e) {
    // A failed put does not abort the transaction by itself: the records before it would be kept.
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw e;
  }
}

export async function deleteImported(db: CommentaryDb, id: string): Promise<void> {
  await db.delete('commentaries', id);
}
