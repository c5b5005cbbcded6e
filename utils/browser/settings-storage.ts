/**
 * Where the settings live, and how they are read back safely. They sync across the reader's
 * browsers through `storage.sync`; settings too large for its per-item quota (or refused by it)
 * are kept in `storage.local` instead, and the reader is told.
 *
 * Stored settings are validated every time they are read: another version syncing back or a
 * damaged store may leave anything there. The extension then runs on what can be read safely,
 * else on the last good copy (kept in `storage.local` whenever a read validates), else on the
 * defaults, and writes nothing until the reader acts. Settings of a newer schema are never
 * overwritten in `storage.sync`: they belong to that version.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, migrateSettings, SETTINGS_VERSION, type Settings } from '../settings';
import { serialQueue } from '../serial';
import { salvageSettings } from '../settings-salvage';
import { isObject, validateSettings, type Problem } from '../settings-validation';
import { SETTINGS_AREA_KEY, SETTINGS_LAST_GOOD_KEY, SETTINGS_STORAGE_KEY } from './settings-key';

type Area = 'sync' | 'local';
/** WXT's storage items kept the schema version beside the value under this key (`{ v }`); so do we. */
const META_KEY = `${SETTINGS_STORAGE_KEY}$`;

/** `storage.sync` allows 8,192 bytes per item (Chrome and Firefox); keep a margin for the key. */
const SYNC_ITEM_BYTES = (browser.storage.sync as { QUOTA_BYTES_PER_ITEM?: number }).QUOTA_BYTES_PER_ITEM ?? 8192;

export type SaveOutcome =
  | { saved: 'sync' }
  /**
   * Saved, but on this device only: `bytes` is too large to sync, sync refused the write, or
   * sync holds settings of a newer version, which are left to it.
   */
  | { saved: 'local'; bytes: number; reason: 'too_large' | 'sync_refused' | 'sync_newer' }
  /** Nothing was written. */
  | { saved: false; problems: Problem[] }
  | { saved: false; storageError: string };

/** What reading the stored settings gave, and what the extension runs on. */
export interface SettingsRead {
  /** The settings in force: valid, whatever was stored. */
  settings: Settings;
  /** The area the reader's settings are kept in. */
  area: Area;
  /**
   * `stored`: as stored (or nothing stored yet, so the defaults); `salvaged`: the fields that
   * could be read, the rest from the last good copy or the defaults; `lastGood` and `defaults`:
   * nothing stored could be read.
   */
  source: 'stored' | 'salvaged' | 'lastGood' | 'defaults';
  /** What was wrong with the stored value, field by field; empty when it was read as stored. */
  problems: Problem[];
  /** The schema version the stored value claims, when newer than this version's. */
  newerVersion?: number;
}

/** Verdicts of recent validations by the value's JSON: the background reads the settings for every page and brief. */
const verdicts = new Map<string, ReturnType<typeof validateSettings>>();

/** `validateSettings`, remembered for the last few values (the stored settings and the last good copy). */
function validateStored(value: unknown): ReturnType<typeof validateSettings> {
  const json = JSON.stringify(value) ?? 'undefined';
  let verdict = verdicts.get(json);
  if (!verdict) {
    verdict = validateSettings(value);
    if (verdicts.size >= 4) verdicts.clear();
    verdicts.set(json, verdict);
  }
  return verdict;
}

/** What `storage.local` says about the settings: which area holds them, and the last good copy if it still validates. */
async function localState(): Promise<{ area: Area; lastGood?: Settings; lastGoodJson?: string }> {
  try {
    const { [SETTINGS_AREA_KEY]: area, [SETTINGS_LAST_GOOD_KEY]: copy } = await browser.storage.local.get([
      SETTINGS_AREA_KEY,
      SETTINGS_LAST_GOOD_KEY,
    ]);
    const checked = validateStored(copy);
    return {
      area: area === 'local' ? 'local' : 'sync',
      ...('settings' in checked ? { lastGood: checked.settings, lastGoodJson: JSON.stringify(copy) } : {}),
    };
  } catch {
    return { area: 'sync' };
  }
}

/** Keeps `settings` as the last good copy; writes only when it differs from the one kept. */
async function keepLastGood(settings: Settings, keptJson?: string): Promise<void> {
  if (JSON.stringify(settings) === keptJson) return;
  await browser.storage.local.set({ [SETTINGS_LAST_GOOD_KEY]: settings }).catch(() => undefined);
}

/** The area that holds the reader's settings. */
async function currentArea(): Promise<Area> {
  return (await localState()).area;
}

/** The stored schema version: WXT's convention, no version mark means the first schema. */
function storedVersion(meta: unknown): number | undefined {
  if (meta === undefined || meta === null) return 1;
  const v = isObject(meta) ? meta.v : undefined;
  if (v === undefined) return 1;
  return Number.isInteger(v) && (v as number) >= 1 ? (v as number) : undefined;
}

/**
 * Reads the stored settings and validates them (see the module comment). Never throws, never
 * writes the reader's settings; it keeps a last good copy when what it read was valid.
 */
export async function readSettings(): Promise<SettingsRead> {
  const { area, lastGood, lastGoodJson } = await localState();
  let stored: Record<string, unknown>;
  try {
    stored = await browser.storage[area].get([SETTINGS_STORAGE_KEY, META_KEY]);
  } catch (e) {
    const fallback = lastGood;
    const problem: Problem = {
      path: 'settings',
      code: 'storage_unreadable',
      args: [e instanceof Error ? e.message : String(e)],
      severity: 'error',
    };
    return { settings: fallback ?? DEFAULT_SETTINGS, area, source: fallback ? 'lastGood' : 'defaults', problems: [problem] };
  }
  const value = stored[SETTINGS_STORAGE_KEY];
  if (value === undefined || value === null) return { settings: DEFAULT_SETTINGS, area, source: 'stored', problems: [] };

  const problems: Problem[] = [];
  const version = storedVersion(stored[META_KEY]);
  let current: unknown = value;
  let newerVersion: number | undefined;
  if (version === undefined) problems.push({ path: 'settings$.v', code: 'stored_version_invalid', args: [], severity: 'error' });
  else if (version > SETTINGS_VERSION) {
    newerVersion = version;
    problems.push({
      path: 'settings$.v',
      code: 'stored_version_newer',
      args: [String(version), String(SETTINGS_VERSION)],
      severity: 'warning',
    });
  } else if (version < SETTINGS_VERSION) {
    try {
      current = migrateSettings(value, version);
    } catch {
      // A value too broken to migrate is salvaged as it is.
    }
  }
  const checked = validateStored(current);
  if ('settings' in checked) {
    if (!problems.length) await keepLastGood(checked.settings, lastGoodJson);
    return { settings: checked.settings, area, source: 'stored', problems, ...(newerVersion ? { newerVersion } : {}) };
  }
  const fallback = lastGood;
  const salvaged = salvageSettings(current, fallback ?? DEFAULT_SETTINGS);
  const source = isObject(current) ? 'salvaged' : fallback ? 'lastGood' : 'defaults';
  return {
    settings: salvaged.settings,
    area,
    source,
    problems: [...problems, ...salvaged.problems],
    ...(newerVersion ? { newerVersion } : {}),
  };
}

/** The settings in force, valid whatever is stored (see `readSettings`). */
export async function loadSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/** Settings changes in this context, one after another (where Web Locks are missing). */
const inThisContext = serialQueue();

/** Runs `task` while no other extension page or the background changes the settings. */
function exclusively<T>(task: () => Promise<T>): Promise<T> {
  // Web Locks are shared by every page of the extension's origin: two options pages cannot interleave.
  if (typeof navigator !== 'undefined' && navigator.locks) return navigator.locks.request('jfir-briefs-settings', task) as Promise<T>;
  return inThisContext(task);
}

/**
 * Applies `change` to the settings as stored now (not as a page last saw them), so a change made
 * meanwhile in another options page or the popup is kept, then validates and saves the result.
 * Stored settings that failed validation are changed from what could be read of them.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<SaveOutcome> {
  return exclusively(async () => {
    const next = change(await loadSettings());
    const checked = validateSettings(next);
    if ('problems' in checked) return { saved: false, problems: checked.problems } as const;
    return saveSettings(checked.settings);
  });
}

/** Replaces the stored settings with the defaults: the reader's "Reset" for settings that could not be read. */
export function resetSettings(): Promise<SaveOutcome> {
  return updateSettings(() => DEFAULT_SETTINGS);
}

/** Whether `storage.sync` holds settings of a newer schema than this version's. */
async function syncHoldsNewer(): Promise<boolean> {
  try {
    const { [META_KEY]: meta } = await browser.storage.sync.get(META_KEY);
    const version = storedVersion(meta);
    return version !== undefined && version > SETTINGS_VERSION;
  } catch {
    return false;
  }
}

async function saveSettings(settings: Settings): Promise<SaveOutcome> {
  const bytes = new TextEncoder().encode(SETTINGS_STORAGE_KEY + JSON.stringify(settings)).length;
  const record = { [SETTINGS_STORAGE_KEY]: settings, [META_KEY]: { v: SETTINGS_VERSION } };
  let reason: 'too_large' | 'sync_refused' | 'sync_newer' = 'too_large';
  if (await syncHoldsNewer()) reason = 'sync_newer';
  else if (bytes <= SYNC_ITEM_BYTES - 64) {
    try {
      await browser.storage.sync.set(record);
      if ((await currentArea()) !== 'sync') {
        await browser.storage.local.set({ [SETTINGS_AREA_KEY]: 'sync' });
        await browser.storage.local.remove([SETTINGS_STORAGE_KEY, META_KEY]);
      }
      await keepLastGood(settings);
      return { saved: 'sync' };
    } catch {
      // Total quota or write rate exceeded: the settings stay on this device rather than being lost.
      reason = 'sync_refused';
    }
  }
  try {
    // The new copy is written before the pointer moves, so a failure leaves the old settings in force.
    await browser.storage.local.set(record);
    await browser.storage.local.set({ [SETTINGS_AREA_KEY]: 'local' });
    await keepLastGood(settings);
    return { saved: 'local', bytes, reason };
  } catch (e) {
    return { saved: false, storageError: e instanceof Error ? e.message : String(e) };
  }
}

/** Calls `onChange` with what a fresh read gives whenever the stored settings change, in any area. Returns the unwatch function. */
export function watchSettingsRead(onChange: (read: SettingsRead) => void): () => void {
  const keys = new Set([SETTINGS_STORAGE_KEY, META_KEY, SETTINGS_AREA_KEY]);
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if ((areaName === 'sync' || areaName === 'local') && Object.keys(changes).some((k) => keys.has(k)))
      readSettings().then(onChange).catch(console.error);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Calls `onChange` with the settings whenever they change, in any area. Returns the unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return watchSettingsRead((read) => onChange(read.settings));
}
