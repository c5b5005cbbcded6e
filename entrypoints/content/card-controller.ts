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
import type { Mention } from './highlighter';
import type { PageState } from './page-state';
import { liveRange } from './ranges';

/** With the "hover" card trigger, how long the pointer rests on a mention before its card opens. */
const HOVER_DELAY_MS = 500;

export class CardController {
  private readonly card = new CardContainer();
  /** The mention whose card is open. */
  private openMention: Mention | undefined;
  /** Where focus was before the card opened, to give it back on close. */
  private focusBefore: Element | null = null;

  constructor(private readonly page: PageState) {
    const { lifetime } = page;
    lifetime.onReaderInput<MouseEvent>(
      document,
      'click',
      (event) => {
        if (this.card.contains(event)) return;
        const target = event.target instanceof Element ? event.target : null;
        // A mention inside a link belongs to the link: the page navigates, we do not interfere.
        const mention = target?.closest('a[href]') ? undefined : page.highlighter.mentionAt(event.clientX, event.clientY);
        if (mention) void this.open(mention);
        else this.close();
      },
      { capture: true },
    );
    let hoverTimer: ReturnType<typeof setTimeout> | undefined;
    lifetime.onReaderInput<MouseEvent>(document, 'mousemove', ({ clientX, clientY }) => {
      if (page.config.display.cardTrigger !== 'hover') return;
      clearTimeout(hoverTimer);
      hoverTimer = lifetime.setTimeout(() => {
        const mention = page.highlighter.mentionAt(clientX, clientY);
        if (mention && mention !== this.openMention) void this.open(mention);
      }, HOVER_DELAY_MS);
    });
    lifetime.onEnd(() => this.card.destroy());
  }

  get isOpen(): boolean {
    return this.card.isOpen;
  }

  /** True when the event happened inside the card. */
  contains(event: Event): boolean {
    return this.card.contains(event);
  }

  /** True for the card's host: adding it is not a change of the page worth a rescan. */
  isOwn(node: Node): boolean {
    return node === this.card.element;
  }

  /** Closes the card if its mention left the page (the text was replaced). */
  closeIfGone(): void {
    if (this.openMention && !this.openMention.found.start.node.isConnected) this.close();
  }

  close(restoreFocus = false): void {
    if (!this.card.isOpen) return;
    this.card.hide();
    this.openMention = undefined;
    if (restoreFocus && this.focusBefore instanceof HTMLElement) this.focusBefore.focus({ preventScroll: true });
  }

  /** Opens the card of `mention` below or above it, focused, and fills in its brief when it comes. */
  async open(mention: Mention): Promise<void> {
    const { config, scanner } = this.page;
    const { analysis } = scanner;
    const topic = config.topics.find((t) => t.id === mention.found.topicId);
    if (!topic) return;
    const t = translator(cardCatalogs, config.language);
    if (!this.card.isOpen) this.focusBefore = document.activeElement;
    this.openMention = mention;
    const range = liveRange(mention.range);
    const position = cardPosition(range.getClientRects()[0] ?? range.getBoundingClientRect());
    const pageDate = findPageDate(document);
    const matcher = this.page.matcher;
    const state: { excerpts?: Excerpt[]; error?: boolean; status?: string } = {};
    const render = () =>
      this.card.show(
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
          // The card lets only the reader's own clicks through (see CardContainer): one per click.
          onOpenReader: (e) => void sendMessage('openReader', { commentaryId: e.commentaryId, passageId: e.passageId }).catch(() => undefined),
          onCopyCitation: (e) => {
            navigator.clipboard
              .writeText(citation(e))
              .then(
                () => (state.status = t('copied')),
                () => (state.status = t('copyFailed')),
              )
              .finally(() => this.openMention === mention && render());
          },
          onClose: () => this.close(true),
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
    if (this.openMention === mention) render();
  }
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
