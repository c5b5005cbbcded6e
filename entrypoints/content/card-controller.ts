/**
 * The brief card's controller: opens it for the reader's click (or rest of the pointer, with the
 * "hover" trigger) on a mention, fetches and shows its brief, and closes it giving focus back.
 */
import { h } from 'preact';
import { BriefCard } from '../../components/BriefCard';
import { citation } from '../../components/format';
import type { Excerpt } from '../../utils/brief';
import { sendMessage } from '../../utils/browser/messages';
import { contextFor } from '../../utils/dom/analyze-page';
import { findPageDate } from '../../utils/dom/page-text';
import { cardCatalogs } from '../../utils/i18n/card';
import { translator } from '../../utils/i18n/translate';
import { topicLabel } from '../../utils/topics';
import { CardContainer } from './card-container';
import type { MarkedMention } from './highlighter';
import type { PageState } from './page-state';
import { liveRange } from './ranges';

/** With the "hover" card trigger, how long the pointer rests on a mention before its card opens. */
const HOVER_DELAY_MS = 500;

export interface CardController {
  readonly isOpen: boolean;
  /** True when the event happened inside the card. */
  contains(event: Event): boolean;
  /** True for the card's host: adding it is not a change of the page worth a rescan. */
  isOwn(node: Node): boolean;
  /** Closes the card if its mention left the page (the text was replaced). */
  closeIfGone(): void;
  close(restoreFocus?: boolean): void;
  /** Opens the card of `mention` below or above it, focused, and fills in its brief when it comes. */
  open(mention: MarkedMention): Promise<void>;
}

/** Opens the card for the reader's clicks (and pointer rests, with the "hover" trigger) on mentions. */
export function cardController(page: PageState): CardController {
  const { lifetime, highlighter } = page;
  const card = new CardContainer();
  /** The mention whose card is open. */
  let openMention: MarkedMention | undefined;
  /** Where focus was before the card opened, to give it back on close. */
  let focusBefore: Element | null = null;

  const close = (restoreFocus = false) => {
    if (!card.isOpen) return;
    card.hide();
    openMention = undefined;
    if (restoreFocus && focusBefore instanceof HTMLElement) focusBefore.focus({ preventScroll: true });
  };

  const open = async (marked: MarkedMention) => {
    const { mention } = marked;
    const { config, scanner, matcher } = page;
    const { analysis } = scanner;
    const topic = config.topics.find((t) => t.id === mention.topicId);
    if (!topic) return;
    const t = translator(cardCatalogs, config.language);
    if (!card.isOpen) focusBefore = document.activeElement;
    openMention = marked;
    const range = liveRange(marked.range);
    const position = cardPosition(range.getClientRects()[0] ?? range.getBoundingClientRect());
    const pageDate = findPageDate(document);
    const state: { excerpts?: Excerpt[]; error?: boolean; status?: string } = {};
    const render = () =>
      card.show(
        h(BriefCard, {
          topicLabel: topicLabel(topic, config.language),
          t,
          language: config.language,
          mention: mention.text,
          excerpts: state.excerpts,
          ...(state.error ? { error: true } : {}),
          ...(state.status ? { status: state.status } : {}),
          ...(pageDate ? { pageDate } : {}),
          // The aliases to embolden in excerpts: the page's own matcher, kept to this topic.
          emphasis: (text) => matcher.find(text).filter((m) => m.topicId === topic.id),
          // The card lets only the reader's own clicks through (see CardContainer): one request per click.
          onOpenReader: (e) =>
            void sendMessage('openReader', { commentaryId: e.commentaryId, passageId: e.passageId }).catch(() => undefined),
          onCopyCitation: (e) => {
            navigator.clipboard
              .writeText(citation(e))
              .then(
                () => (state.status = t('copied')),
                () => (state.status = t('copyFailed')),
              )
              .finally(() => openMention === marked && render());
          },
          onClose: () => close(true),
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
    if (openMention === marked) render();
  };

  lifetime.onReaderInput<MouseEvent>(
    document,
    'click',
    (event) => {
      if (card.contains(event)) return;
      const target = event.target instanceof Element ? event.target : null;
      // A mention inside a link belongs to the link: the page navigates, we do not interfere.
      const mention = target?.closest('a[href]') ? undefined : highlighter.mentionAt(event.clientX, event.clientY);
      if (mention) open(mention).catch(() => undefined);
      else close();
    },
    { capture: true },
  );
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  lifetime.onReaderInput<MouseEvent>(document, 'mousemove', ({ clientX, clientY }) => {
    if (page.config.display.cardTrigger !== 'hover') return;
    clearTimeout(hoverTimer);
    hoverTimer = lifetime.setTimeout(() => {
      const mention = highlighter.mentionAt(clientX, clientY);
      if (mention && mention !== openMention) open(mention).catch(() => undefined);
    }, HOVER_DELAY_MS);
  });
  lifetime.onEnd(() => card.destroy());

  return {
    get isOpen() {
      return card.isOpen;
    },
    contains: (event) => card.contains(event),
    isOwn: (node) => node === card.element,
    closeIfGone: () => openMention && !openMention.mention.start.node.isConnected && close(),
    close,
    open,
  };
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
