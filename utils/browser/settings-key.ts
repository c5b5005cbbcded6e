/** Storage keys of the settings, shared with the content script, which watches them without the storage library. */
export const SETTINGS_STORAGE_KEY = 'settings';
export const SETTINGS_AREA_KEY = 'settingsArea';
