/** Storage keys of the settings, shared with the content script, which watches them without the storage library. */
export const SETTINGS_STORAGE_KEY = 'settings';
export const SETTINGS_AREA_KEY = 'settingsArea';
/** The last copy of the settings that validated when read (`storage.local`), used when the stored one does not. */
export const SETTINGS_LAST_GOOD_KEY = 'settingsLastGood';
