/**
 * The content script's entry: asks the background for this page's settings, scans the page once,
 * then hands over to the card controller, mention navigation and live updates. Together they
 * mark topic mentions in the page's main article without touching its DOM, report them to the
 * background, and open a brief card on the reader's click.
 */
import './highlights.css';
import { sendMessage, type PageConfig } from '../../utils/browser/messages';
import { matcherFrom } from '../../utils/matcher';
import { cardController } from './card-controller';
import { Highlighter } from './highlighter';
import { startLifetime } from './lifetime';
import { liveUpdates } from './live-updates';
import { mentionNavigation } from './mention-navigation';
import type { PageState } from './page-state';
import { PageScanner } from './scanner';

export default defineContentScript({
  // The news sites are filled in by wxt.config.ts at build time, so their list stays out of this bundle.
  matches: [],
  runAt: 'document_idle',
  // WXT's start-up postMessage tells every page script that this extension runs, and by which id.
  noScriptStartedPostMessage: true,
  async main() {
    const lifetime = startLifetime();
    // Settings come from the background, which owns the settings items and their migrations; the
    // storage library stays out of the content script, which runs on every page.
    let config: PageConfig;
    try {
      config = await sendMessage('getPageConfig', { url: location.href });
    } catch {
      // The extension was reloaded or updated under this page: stay out of the way until the next load.
      return;
    }
    const matcher = matcherFrom(config.matcher);
    const scanner = await PageScanner.create(document, matcher, { includeFurniture: config.display.includeFurniture });
    if (lifetime.ended) return;
    const highlighter = new Highlighter();
    lifetime.onEnd(() => highlighter.clear());
    const page: PageState = { config, matcher, scanner, highlighter, lifetime };
    const card = cardController(page);
    const publish = liveUpdates(page, card, mentionNavigation(page, card));
    publish();
  },
});
