/**
 * Sites the reader enabled beyond the default list ("Enable on this site"): their origins are
 * granted through `optional_host_permissions`, and the content script is registered for exactly
 * those origins with `scripting.registerContentScripts`, persisting across browser sessions.
 */
import { browser } from 'wxt/browser';
import { serialQueue } from '../serial';
import { CONTENT_SCRIPT_MATCHES, originPattern } from '../sites';

const SCRIPT_ID = 'jfir-briefs-enabled-sites';
/** The content script's files in the build (see `.output/*\/manifest.json`). */
const CONTENT_JS = 'content-scripts/content.js';
const CONTENT_CSS = 'content-scripts/content.css';

/** Origins the reader granted beyond the default list. */
export async function enabledSiteOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => !CONTENT_SCRIPT_MATCHES.includes(o));
}

/** Asks for the site's origin; must run in the click's handler, as Firefox requires. */
export function requestSite(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(host)] });
}

/** Gives back the site's origin; the content script stops being registered for it. */
export function revokeSite(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [origin] });
}

/** Registrations one at a time: two overlapping ones would both register the same id, and the second fails. */
const registrations = serialQueue();

/**
 * Registers the content script for the granted origins (or unregisters it when there are none).
 * Permission events can fire in bursts; each call runs after the previous one has finished.
 */
export function syncSiteScripts(): Promise<void> {
  return registrations(async () => {
    const origins = await enabledSiteOrigins();
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (!origins.length) return;
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: origins, js: [CONTENT_JS], css: [CONTENT_CSS], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  });
}
