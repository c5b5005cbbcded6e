/** Where the settings live: WXT storage, synced across the reader's browsers. */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { SETTINGS_STORAGE_KEY } from './settings-key';

export const settingsItem = storage.defineItem<Settings>(`sync:${SETTINGS_STORAGE_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
