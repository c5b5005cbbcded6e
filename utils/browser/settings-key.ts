/** Where the settings item lives in `storage.sync`, for listeners that must not load the storage library. */
export const SETTINGS_STORAGE_KEY = 'settings';
