/**
 * Where the settings live: WXT storage items, versioned with the ordered migrations of
 * `utils/settings.ts`. They sync across the reader's browsers through `storage.sync`; settings
 * too large for its per-item quota (or refused by it) are kept in `storage.local` instead, and
 * the reader is told.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings } from '../settings';
import { validateSettings, type Problem } from '../settings-validation';
import { SETTINGS_AREA_KEY, SETTINGS_STORAGE_KEY } from './settings-key';

const itemOptions = { fallback: DEFAULT_SETTINGS, version: SETTINGS_VERSION, migrations: SETTINGS_MIGRATIONS };

export const syncSettingsItem = storage.defineItem<Settings>(`sync:${SETTINGS_STORAGE_KEY}`, itemOptions);
export const localSettingsItem = storage.defineItem<Settings>(`local:${SETTINGS_STORAGE_KEY}`, itemOptions);
/** Which of the two holds the reader's settings now. */
export const settingsAreaItem = storage.defineItem<'sync' | 'local'>(`local:${SETTINGS_AREA_KEY}`, { fallback: 'sync' });

/** `storage.sync` allows 8,192 bytes per item (Chrome and Firefox); keep a margin for the key. */
const SYNC_ITEM_BYTES = (browser.storage.sync as { QUOTA_BYTES_PER_ITEM?: number }).QUOTA_BYTES_PER_ITEM ?? 8192;

export type SaveOutcome =
  | { saved: 'sync' }
  /** Saved, but on this device only: `bytes` is too large to sync, or sync refused the write. */
  | { saved: 'local'; bytes: number; reason: 'too_large' | 'sync_refused' }
  /** Nothing was written. */
  | { saved: false; problems: Problem[] }
  | { saved: false; storageError: string };

/** The reader's settings, migrated to the current schema. */
export async function loadSettings(): Promise<Settings> {
  return (await settingsAreaItem.getValue()) === 'local' ? localSettingsItem.getValue() : syncSettingsItem.getValue();
}

/** Settings changes in this context, one after another (where Web Locks are missing). */
let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` while no other extension page or the background changes the settings. */
function exclusively<T>(task: () => Promise<T>): Promise<T> {
  // Web Locks are shared by every page of the extension's origin: two options pages cannot interleave.
  if (typeof navigator !== 'undefined' && navigator.locks) return navigator.locks.request('jfir-briefs-settings', task) as Promise<T>;
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Applies `change` to the settings as stored now (not as a page last saw them), so a change made
 * meanwhile in another options page or the popup is kept, then validates and saves the result.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<SaveOutcome> {
  return exclusively(async () => {
    const next = change(await loadSettings());
    const checked = validateSettings(next);
    if ('problems' in checked) return { saved: false, problems: checked.problems } as const;
    return saveSettings(checked.settings);
  });
}

async function saveSettings(settings: Settings): Promise<SaveOutcome> {
  const bytes = new TextEncoder().encode(SETTINGS_STORAGE_KEY + JSON.stringify(settings)).length;
  let reason: 'too_large' | 'sync_refused' = 'too_large';
  if (bytes <= SYNC_ITEM_BYTES - 64) {
    try {
      await syncSettingsItem.setValue(settings);
      if ((await settingsAreaItem.getValue()) !== 'sync') {
        await settingsAreaItem.setValue('sync');
        await localSettingsItem.removeValue();
      }
      return { saved: 'sync' };
    } catch {
      // Total quota or write rate exceeded: the settings stay on this device rather than being lost.
      reason = 'sync_refused';
    }
  }
  try {
    // The new copy is written before the pointer moves, so a failure leaves the old settings in force.
    await localSettingsItem.setValue(settings);
    await settingsAreaItem.setValue('local');
    return { saved: 'local', bytes, reason };
  } catch (e) {
    return { saved: false, storageError: e instanceof Error ? e.message : String(e) };
  }
}

/** Calls `onChange` with the settings whenever they change, in any area. Returns the unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const reload = () => void loadSettings().then(onChange);
  const unwatch = [syncSettingsItem.watch(reload), localSettingsItem.watch(reload), settingsAreaItem.watch(reload)];
  return () => unwatch.forEach((u) => u());
}
