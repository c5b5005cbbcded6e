/**
 * Registration of the content script for sites the reader enabled: permission events come in
 * bursts, and overlapping registrations would register the same script id twice, which the
 * browser refuses ("Duplicate script ID"). A scripting API that behaves like Chrome's stands in
 * for fakeBrowser's, which has none.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { syncSiteScripts } from '../../utils/browser/site-scripts';

/** Registered scripts by id, with Chrome's rules and a storage-like delay on every call. */
function chromeLikeScripting(origins: string[]) {
  const registered = new Map<string, { id: string; matches: string[] }>();
  const tick = () => new Promise((done) => setTimeout(done, 1));
  Object.assign(fakeBrowser, {
    permissions: { getAll: async () => (await tick(), { origins: [...origins] }) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => (
        await tick(),
        ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : []))
      ),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        await tick();
        for (const id of ids) if (!registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
      },
      registerContentScripts: async (scripts: Array<{ id: string; matches: string[] }>) => {
        await tick();
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, s);
        }
      },
    },
  });
  return registered;
}

beforeEach(() => fakeBrowser.reset());

describe('syncSiteScripts', () => {
  it('survives a burst of permission events, ending with one registration for the granted sites', async () => {
    const registered = chromeLikeScripting(['*://example.com/*', '*://news.example.org/*']);
    await expect(Promise.all(Array.from({ length: 5 }, () => syncSiteScripts()))).resolves.toBeDefined();
    expect([...registered.values()].map((s) => s.matches)).toEqual([['*://example.com/*', '*://news.example.org/*']]);
  });
});
