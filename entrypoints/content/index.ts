/**
 * The content script: finds topic mentions in the page's main article, marks them without
 * touching the DOM, reports them to the background, and opens a brief card on click.
 */
import './highlights.css';
import { h } from 'preact';
import { BriefCard } from '../../components/BriefCard';
import type { Excerpt } from '../../utils/brief';
import { contextFor } from '../../utils/dom/analyze-page';
import { findPageDate } from '../../utils/dom/page-text';
import { matcherFrom } from '../../utils/matcher';
import { onMessages, sendMessage, type ContentMessages, type PageConfig } from '../../utils/browser/messages';
import { browser } from 'wxt/browser';
import { SETTINGS_AREA_KEY, SETTINGS_STORAGE_KEY } from '../../utils/browser/settings-key';
import { cardCatalogs } from '../../utils/i18n/card';
import { translator } from '../../utils/i18n/translate';
import { topicLabel } from '../../utils/topics';
import { citation } from '../../components/format';
import { CONTENT_SCRIPT_MATCHES } from '../../utils/sites';
import { CardContainer, HOST_TAG } from './card-container';
import { Highlighter, type Mention } from './highlighter';
import { PageScanner } from './scanner';

/** Mutations are batched: the changed blocks are read at most this often. */
const MUTATION_BATCH_MS = 200;
/** With the "hover" card trigger, how long the pointer rests on a mention before its card opens. */
const HOVER_DELAY_MS = 500;

export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // Settings come from the background, which owns the settings items and their migrations; the
    // storage library stays out of the content script, which runs on every page.
    let config: PageConfig;
    try {
      config = await sendMessage('getPageConfig', { url: location.href });
    } catch {
      // The extension was reloaded or updated under this page: stay out of the way until the next load.
      return;
    }
    const scanOptions = () => ({ includeFurniture: config.display.includeFurniture });
    let matcher = matcherFrom(config.matcher);
    const scanner = await PageScanner.create(document, matcher, scanOptions());
    const highlighter = new Highlighter();
    const card = new CardContainer();
    const nextMention = new Map<string, number>();
    let openMention: Mention | undefined;
    /** Where focus was before the card opened, to give it back on close. */
    let focusBefore: Element | null = null;
    /** The mention the keyboard shortcut is on. */
    let cursor: Mention | undefined;

    /** Marks the current mentions and tells the background which topics the page mentions. */
    const publish = () => {
      const { mentions, topics: found } = scanner.analysis;
      highlighter.update(mentions, config.topics, config.display.highlightStyle);
      if (cursor && !highlighter.ordered.some((m) => m.found === cursor?.found)) {
        cursor = undefined;
        highlighter.setCurrent(undefined);
      }
      if (openMention && !openMention.found.start.node.isConnected) closeCard();
      void sendMessage('pageTopics', { topics: found, url: location.href }).catch(() => undefined);
    };

    const closeCard = (restoreFocus = false) => {
      if (!card.isOpen) return;
      card.hide();
      openMention = undefined;
      if (restoreFocus && focusBefore instanceof HTMLElement) focusBefore.focus({ preventScroll: true });
    };

    const openCard = async (mention: Mention) => {
      const { analysis } = scanner;
      const topic = config.topics.find((t) => t.id === mention.found.topicId);
      const t = translator(cardCatalogs, config.language);
      if (!topic) return;
      if (!card.isOpen) focusBefore = document.activeElement;
      openMention = mention;
      const position = cardPosition(mentionRect(mention.range));
      const pageDate = findPageDate(document);
      const state: { excerpts?: Excerpt[]; error?: boolean; status?: string } = {};
      const render = () =>
        card.show(
          h(BriefCard, {
            topicLabel: topicLabel(topic, config.language),
            t,
            language: config.language,
            mention: mention.found.text,
            excerpts: state.excerpts,
            ...(state.error ? { error: true } : {}),
            ...(state.status ? { status: state.status } : {}),
            ...(pageDate ? { pageDate } : {}),
            // The aliases to embolden in excerpts: the page's own matcher, kept to this topic.
            emphasis: (text) => matcher.find(text).filter((m) => m.topicId === topic.id),
            onOpenReader: (e) => void sendMessage('openReader', { commentaryId: e.commentaryId, passageId: e.passageId }),
            onCopyCitation: (e) => {
              navigator.clipboard.writeText(citation(e)).then(
                () => (state.status = t('copied')),
                () => (state.status = t('copyFailed')),
              ).finally(() => openMention === mention && render());
            },
            onClose: () => closeCard(true),
          }),
          position,
        );
      render();
      try {
        state.excerpts = await sendMessage('getBrief', { topicId: topic.id, context: contextFor(analysis, topic.id, pageDate) });
      } catch {
        state.excerpts = [];
        state.error = true;
      }
      if (openMention === mention) render();
    };

    const mentionAt = (x: number, y: number): Mention | undefined => {
      for (const list of highlighter.mentions.values()) {
        for (const mention of list) {
          const range = document.createRange();
          range.setStart(mention.range.startContainer, mention.range.startOffset);
          range.setEnd(mention.range.endContainer, mention.range.endOffset);
          for (const r of range.getClientRects()) {
            if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return mention;
          }
        }
      }
      return undefined;
    };

    publish();

    ctx.addEventListener(
      document,
      'click',
      (event) => {
        if (card.contains(event)) return;
        const target = event.target instanceof Element ? event.target : null;
        // A mention inside a link belongs to the link: the page navigates, we do not interfere.
        const mention = target?.closest('a[href]') ? undefined : mentionAt(event.clientX, event.clientY);
        if (mention) void openCard(mention);
        else if (card.isOpen) closeCard();
      },
      { capture: true },
    );
    let hoverTimer: number | undefined;
    ctx.addEventListener(document, 'mousemove', (event) => {
      if (config.display.cardTrigger !== 'hover') return;
      clearTimeout(hoverTimer);
      const { clientX, clientY } = event;
      hoverTimer = ctx.setTimeout(() => {
        const mention = mentionAt(clientX, clientY);
        if (mention && mention !== openMention) void openCard(mention);
      }, HOVER_DELAY_MS);
    });
    ctx.addEventListener(document, 'keydown', (event) => {
      if (event.key === 'Escape' && card.isOpen) {
        closeCard(true);
        return;
      }
      if (card.contains(event) || isEditable(event.target)) return;
      // Alt+Shift+J moves to the next mention; Enter opens its brief.
      if (event.altKey && event.shiftKey && event.code === 'KeyJ') {
        const list = highlighter.ordered;
        if (!list.length) return;
        cursor = list[(cursor ? list.indexOf(cursor) + 1 : 0) % list.length];
        highlighter.setCurrent(cursor);
        cursor?.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        event.preventDefault();
      } else if (event.key === 'Enter' && cursor && !(event.target instanceof Element && event.target.closest('a, button'))) {
        event.preventDefault();
        void openCard(cursor);
      }
    });

    let pending: MutationRecord[] = [];
    const flush = () => {
      if (scanner.scanning) {
        // A full scan is reading the page now; the changes are looked at once it is done.
        void scanner.scanning.then(flush);
        return;
      }
      const records = pending;
      pending = [];
      if (scanner.apply(records)) publish();
      // apply() may have started a full rescan (the article was replaced): publish when it ends.
      else void (scanner.scanning as Promise<void> | undefined)?.then(publish);
    };
    const observer = new MutationObserver((records) => {
      // Attaching our own card host is a change to the page too; it must not cost a rescan.
      const ours = (n: Node) => n === card.element || (n instanceof Element && n.closest(HOST_TAG) !== null);
      const onlyOurs = records.every(
        (r) => ours(r.target) || (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(ours)),
      );
      if (onlyOurs) return;
      if (pending.length === 0) ctx.setTimeout(flush, MUTATION_BATCH_MS);
      pending.push(...records);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    const rescan = async () => {
      closeCard();
      await scanner.rescan();
      publish();
    };
    // Routers often change the URL first and the page right after, in the same task: scan in the next one.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => void rescan(), 0));
    // A page restored from the back/forward cache keeps our marks, but the background forgot the tab.
    ctx.addEventListener(window, 'pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted) void rescan();
    });

    const onSettingsChanged = async (changes: Record<string, unknown>) => {
      if (!(SETTINGS_STORAGE_KEY in changes) && !(SETTINGS_AREA_KEY in changes)) return;
      config = await sendMessage('getPageConfig', { url: location.href });
      closeCard();
      // Paused on this site: no topics, so no marks and nothing counted, until the reader resumes.
      matcher = matcherFrom(config.matcher);
      await scanner.rescan(matcher, scanOptions());
      publish();
    };
    browser.storage.onChanged.addListener(onSettingsChanged);
    const unwatch = () => browser.storage.onChanged.removeListener(onSettingsChanged);

    const removeMessages = onMessages<ContentMessages>({
      revealMention({ topicId }) {
        const list = highlighter.mentions.get(topicId);
        if (!list?.length) return false;
        const i = (nextMention.get(topicId) ?? 0) % list.length;
        nextMention.set(topicId, i + 1);
        const mention = list[i]!;
        mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        void openCard(mention);
        return true;
      },
    });

    ctx.onInvalidated(() => {
      observer.disconnect();
      unwatch();
      removeMessages();
      highlighter.clear();
      card.destroy();
    });
  },
});

function mentionRect(range: StaticRange): DOMRect {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.getClientRects()[0] ?? live.getBoundingClientRect();
}

/** Below the mention when there is room, above it otherwise; never over it. Page coordinates. */
function cardPosition(rect: DOMRect): { top: number; left: number } {
  const cardHeight = Math.min(512, window.innerHeight * 0.7);
  const cardWidth = Math.min(416, window.innerWidth - 16);
  const below = rect.bottom + 8 + cardHeight <= window.innerHeight || rect.top < cardHeight + 8;
  const top = below ? rect.bottom + 8 : rect.top - 8 - cardHeight;
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - cardWidth - 8));
  return { top: top + window.scrollY, left: left + window.scrollX };
}

/** True for inputs, text areas and editors: keys typed there are the reader's, not ours. */
function isEditable(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}
