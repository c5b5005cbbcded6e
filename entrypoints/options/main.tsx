import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/pages.css';
import { Options } from '../../components/Options';
import { deleteImported, listImported, openCommentaryDb, saveImported, type CommentaryDb } from '../../utils/browser/commentary-store';
import { BUNDLED } from '../../utils/browser/imported';
import { sendMessage } from '../../utils/browser/messages';
import { enabledSiteOrigins, revokeSite } from '../../utils/browser/site-scripts';
import { readSettings, updateSettings, watchSettingsRead, type SettingsRead } from '../../utils/browser/settings-storage';
import type { Commentary } from '../../utils/commentary';
import { pageTranslator } from '../../utils/browser/page-language';

const bundledIds = new Set(BUNDLED.map((c) => c.id));

async function main() {
  const app = document.getElementById('app')!;
  // Always valid: stored settings that fail validation are read as far as they can be (see readSettings).
  let read = await readSettings();
  let origins = await enabledSiteOrigins();
  let imported: Commentary[] | undefined;
  let unavailable: string | undefined;
  let db: CommentaryDb | undefined;

  const draw = () => {
    const { settings } = read;
    const { t, language } = pageTranslator(settings);
    document.documentElement.lang = language;
    document.title = t('options_title');
    render(
      <Options
        t={t}
        language={language}
        settings={settings}
        stored={read}
        update={updateSettings}
        enabledOrigins={origins}
        onRevokeOrigin={(origin) => {
          revokeSite(origin).then(refreshOrigins).catch(console.error);
        }}
        commentary={{
          imported,
          bundledIds,
          unavailable,
          onSave: async (commentaries) => {
            await saveImported(db!, commentaries);
            await afterImportChange();
          },
          onDelete: async (id) => {
            await deleteImported(db!, id);
            await afterImportChange();
          },
        }}
      />,
      app,
    );
  };
  const refreshOrigins = async () => {
    origins = await enabledSiteOrigins();
    draw();
  };
  const afterImportChange = async () => {
    imported = await listImported(db!);
    await sendMessage('importsChanged', {}).catch(() => undefined);
    draw();
  };

  draw();
  watchSettingsRead((next: SettingsRead) => {
    read = next;
    draw();
  });
  browser.permissions.onAdded.addListener(() => {
    refreshOrigins().catch(console.error);
  });
  browser.permissions.onRemoved.addListener(() => {
    refreshOrigins().catch(console.error);
  });
  try {
    db = await openCommentaryDb();
    imported = await listImported(db);
  } catch (e) {
    // Private windows and blocked storage have no IndexedDB: the bundled index still works.
    unavailable = e instanceof Error ? e.message : String(e);
  }
  draw();
}

main().catch(console.error);
