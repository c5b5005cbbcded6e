/**
 * What the store builds ask for at install (issue 14): the Chrome build's install warnings as
 * Chromium words them for the built manifest, no `tabs` ("Read your browsing history"), and no
 * local hosts in either build's matches or host permissions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT } from './harness';
import { fixtureSession } from './session';

/** The extension's own API, inside `worker.evaluate`. */
declare const chrome: typeof import('wxt/browser').browser;

const chromeManifest = () => readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8');
const firefoxManifest = () => readFileSync(join(ROOT, '.output/firefox-mv2/manifest.json'), 'utf8');
const session = fixtureSession({ serve: false });

describe('install-time permissions', () => {
  it('Chrome warns only that the extension reads and changes data on the listed sites', async () => {
    const warnings = await session.worker.evaluate(
      (manifest) => chrome.management.getPermissionWarningsByManifest(manifest),
      chromeManifest(),
    );
    expect(warnings).toEqual(['Read and change your data on a number of websites']);
  });

  it('neither build asks for tabs or for local hosts', () => {
    for (const text of [chromeManifest(), firefoxManifest()]) {
      const manifest = JSON.parse(text) as {
        permissions: string[];
        host_permissions?: string[];
        content_scripts: Array<{ matches: string[] }>;
      };
      expect(manifest.permissions).not.toContain('tabs');
      expect(manifest.permissions).toContain('activeTab');
      const hosts = [...manifest.permissions, ...(manifest.host_permissions ?? []), ...manifest.content_scripts.flatMap((c) => c.matches)];
      expect(hosts.filter((h) => /localhost|127\.0\.0\.1|^http:/.test(h))).toEqual([]);
    }
  });
});
