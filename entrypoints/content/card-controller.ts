/**
 * The brief card's controller: opens it for the reader's click (or rest of the pointer, with the
 * "hover" trigger) on a mention, fetches and shows its brief, and closes it giving focus back.
 */
import type { CardData, CardView } from '../../components/card-api';
import type { Excerpt } from '../../utils/brief';
import { sendMessage } from '../../utils/browser/messages';
import { contextFor } from '../../utils/dom/analyze-page';
import { topicLabel } from '../../utils/topics';
import { cardLoader } from './card-loader';
import type { MarkedMention } from './highlighter';
import type { PageState } from './page-state';
import { liveRange } from './ranges';
import { containsOf, invoke, property, queryAll } from '../../utils/dom/native';
import { composedClosest, composedContains, eventElement } from '../../utils/dom/shadow-roots';

/** With the "hover" card trigger, how long the pointer rests on a mention before its card opens. */
const HOVER_DELAY_MS = 500;
/** Where a click is the page's: a link follows, a question in a `<summary>` or an accordion's header opens its answer. */
const PAGE_CONTROLS = 'a[href], button, summary, [role="button"]';

export interface CardController {
  readonly isOpen: boolean;
  /** True when a modal dialog that does not hold the card is open over it (a site's sign-up): the reader's Esc is that dialog's. */
  readonly isCovered: boolean;
  /** True when the event happened inside the card. */
  contains(event: Event): boolean;
  /** True for the card's host: adding it is not a change of the page worth a rescan. */
  isOwn(node: Node): boolean;
  /** Closes the card if its mention left the page (the text was replaced). */
  closeIfGone(): void;
  close(restoreFocus?: boolean): void;
  /** Opens the card of `mention` below or above it, focused, and fills in its brief when it comes. */
  open(mention: MarkedMention): Promise<void>;
  /** Starts loading the card's code, as the reader is about to open a card (failures wait for the open). */
  prepare(): void;
}

/** Opens the card for the reader's clicks (and pointer rests, with the "hover" trigger) on mentions. */
export function cardController(page: PageState): CardController {
  const { lifetime, highlighter } = page;
  /** The card, once its code is loaded (on the first open). */
  let card: CardView | undefined;
  const loadCard = cardLoader();
  /** The mention whose card is open, or opening while its code loads. */
  let openMention: MarkedMention | undefined;
  /** Where focus was before the card opened, to give it back on close. */
  let focusBefore: Element | null = null;

  const close = (restoreFocus = false) => {
    // A card still loading does not open.
    openMention = undefined;
    if (!card?.isOpen) return;
    card.hide();
    if (restoreFocus && focusBefore instanceof HTMLElement) invoke(focusBefore, 'focus', { preventScroll: true });
  };

  const open = async (marked: MarkedMention) => {
    const { mention } = marked;
    const { config, scanner, matcher } = page;
    const { analysis } = scanner;
    const topic = config.topics.find((t) => t.id === mention.topicId);
    if (!topic) return;
    if (!card?.isOpen) focusBefore = property(document, 'activeElement');
    openMention = marked;
    // The brief is asked for while the card's code loads, not after.
    const brief = sendMessage('getBrief', { topicId: topic.id, context: contextFor(analysis, topic.id) });
    brief.catch(() => undefined);
    let view: CardView;
    try {
      view = card = await loadCard();
    } catch {
      // Nothing opens; the reader's next click (or pointer rest) on this mention tries again.
      if (openMention === marked) openMention = undefined;
      return;
    }
    if (openMention !== marked || lifetime.ended) return;
    const range = liveRange(marked.range);
    let at = pageRect(range);
    let position = cardPosition(at);
    const data: CardData = {
      topicLabel: topicLabel(topic, config.language),
      language: config.language,
      mention: mention.text,
      excerpts: undefined,
      // The aliases to embolden in excerpts: the page's own matcher, kept to this topic.
      emphasis: (text) => matcher.find(text).filter((m) => m.topicId === topic.id),
      // The card lets only the reader's own clicks through (see the card's container): one request per click.
      onOpenReader: (e: Excerpt) =>
        void sendMessage('openReader', { commentaryId: e.commentaryId, passageId: e.passageId }).catch(() => undefined),
      onCopyCitation: (text) => {
        navigator.clipboard
          .writeText(text)
          .then(
            () => (data.status = 'copied'),
            () => (data.status = 'copyFailed'),
          )
          .finally(render);
      },
      onClose: () => close(true),
    };
    function render() {
      if (openMention === marked) view.show(data, position, marked.mention.start.node);
    }
    follow = (scroller) => {
      // Only a box that holds the mention moves it (a ticker, a carousel or a sidebar scrolling beside it does not).
      if (!marked.mention.start.node.isConnected || !composedContains(scroller, marked.mention.start.node)) return;
      const now = pageRect(range);
      const box = invoke(scroller, 'getBoundingClientRect');
      if (now.bottom - scrollY < box.top || now.top - scrollY > box.bottom) return close();
      position = { top: position.top + now.top - at.top, left: position.left + now.left - at.left };
      at = now;
      render();
    };
    render();
    try {
      data.excerpts = await brief;
    } catch {
      data.excerpts = [];
      data.error = true;
    }
    render();
  };

  /**
   * Moves the open card with its mention when a box inside the page scrolls it (an app shell's
   * story scrolls in its `<main>`, not the window), or closes it once the mention has left that box.
   */
  let follow: ((scroller: Element) => void) | undefined;
  let following = false;
  lifetime.onTrustedEvent(
    document,
    'scroll',
    ({ target }) => {
      // The window's own scrolling moves the card with the page already.
      if (following || !(target instanceof Element) || !card?.isOpen || card.element === target) return;
      following = true;
      requestAnimationFrame(() => {
        following = false;
        if (card?.isOpen && !lifetime.ended) follow?.(target);
      });
    },
    { capture: true, passive: true },
  );

  const prepare = () => void loadCard().catch(() => undefined);
  /** The mention under the reader's pointer event, unless it is in a link or a control (which it belongs to) or the card. */
  const mentionOf = (event: MouseEvent) => {
    const target = eventElement(event);
    return card?.contains(event) || (target && composedClosest(target, PAGE_CONTROLS))
      ? undefined
      : highlighter.mentionAt(event.clientX, event.clientY);
  };
  /**
   * Where the mark stands (page coordinates) whose card the pointer last opened, by a rest or a
   * click, until the pointer leaves it. With the "hover" trigger, resting or nudging the pointer
   * there opens nothing: not after the reader closed the card, nor after the page was read again
   * (which makes new marks in the same place); only a mark hovered anew does.
   */
  let rested: Array<{ left: number; top: number; right: number; bottom: number }> | undefined;
  const restOn = (marked: MarkedMention) => {
    rested = [...liveRange(marked.range).getClientRects()].map((r) => ({
      left: r.left + scrollX,
      top: r.top + scrollY,
      right: r.right + scrollX,
      bottom: r.bottom + scrollY,
    }));
  };
  const stillOn = (x: number, y: number) =>
    rested?.some((r) => x + scrollX >= r.left && x + scrollX <= r.right && y + scrollY >= r.top && y + scrollY <= r.bottom) ?? false;
  // The reader's input is heard first, at the window in the capture phase: a page that stops clicks on its story there
  // (a "tap to show the reading tools" script) stops them for its own later listeners, not for one on the same target.
  // The mention is found where the reader pressed: the page's own listener may move the story before the click reaches
  // ours (a tools bar shown above it). A press comes tens of milliseconds before its click: the card's code loads meanwhile.
  let press: { x: number; y: number; mention: MarkedMention | undefined } | undefined;
  lifetime.onTrustedEvent<PointerEvent>(
    window,
    'pointerdown',
    (event) => {
      press = { x: event.clientX, y: event.clientY, mention: mentionOf(event) };
      if (!card && press.mention) prepare();
    },
    { capture: true },
  );
  lifetime.onTrustedEvent<MouseEvent>(
    window,
    'click',
    (event) => {
      if (card?.contains(event)) return;
      // A press that ends a selection (the reader dragged over text, or double-clicked a word, to copy or quote it) asks for
      // no card, and closes the one a double-click's first click opened.
      if (!(invoke(document, 'getSelection')?.isCollapsed ?? true)) return close();
      // A mention inside a link or a control belongs to it: the page navigates or opens it, we do not interfere.
      // Where it was pressed (a pointer event's coordinates have fractions, a click's none).
      const pressed = press && Math.abs(press.x - event.clientX) < 1 && Math.abs(press.y - event.clientY) < 1 ? press : undefined;
      press = undefined;
      // The pressed text may be gone (the page drew the paragraph again): then the mention under the click.
      const mention = (pressed?.mention?.mention.start.node.isConnected ? pressed.mention : undefined) ?? mentionOf(event);
      if (mention) {
        restOn(mention);
        open(mention).catch(() => undefined);
      } else close();
    },
    { capture: true },
  );
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  lifetime.onTrustedEvent<MouseEvent>(
    window,
    'mousemove',
    ({ clientX, clientY }) => {
      if (page.config.display.cardTrigger !== 'hover') return;
      clearTimeout(hoverTimer);
      if (stillOn(clientX, clientY)) return;
      rested = undefined;
      hoverTimer = lifetime.setTimeout(() => {
        const mention = highlighter.mentionAt(clientX, clientY);
        if (!mention) return;
        restOn(mention);
        // Its card may be open already (a click, Enter): a mark is known by its place, which a new reading keeps.
        const at = openMention?.range;
        if (at?.startContainer !== mention.range.startContainer || at.startOffset !== mention.range.startOffset)
          open(mention).catch(() => undefined);
      }, HOVER_DELAY_MS);
    },
    { capture: true, passive: true },
  );
  // Entering or leaving full screen moves the mention away from the card, whose host may be left outside the full-screen element.
  lifetime.onTrustedEvent(document, 'fullscreenchange', () => close());
  lifetime.onEnd(() => card?.destroy());

  return {
    get isOpen() {
      return card?.isOpen ?? false;
    },
    get isCovered() {
      const host = card?.element;
      return host !== undefined && modalDialogs().some((dialog) => !containsOf(dialog, host));
    },
    contains: (event) => card?.contains(event) ?? false,
    isOwn: (node) => node === card?.element,
    closeIfGone: () => openMention && !openMention.mention.start.node.isConnected && close(),
    close,
    open,
    prepare,
  };
}

/** The page's open modal dialogs (none in a browser without `:modal`). */
function modalDialogs(): Element[] {
  try {
    return [...queryAll(document, 'dialog:modal')];
  } catch {
    return [];
  }
}

interface PageRect {
  top: number;
  bottom: number;
  left: number;
}

/** Where the mention's first line stands, in page coordinates (document, not viewport). */
function pageRect(range: Range): PageRect {
  const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left + scrollX };
}

/** Below the mention when there is room, above it otherwise; never over it. Page coordinates. */
function cardPosition(at: PageRect): { top: number; left: number } {
  const cardHeight = Math.min(512, innerHeight * 0.7);
  const cardWidth = Math.min(416, innerWidth - 16);
  const [top, bottom, left] = [at.top - scrollY, at.bottom - scrollY, at.left - scrollX];
  const below = bottom + 8 + cardHeight <= innerHeight || top < cardHeight + 8;
  return {
    top: (below ? bottom + 8 : top - 8 - cardHeight) + scrollY,
    left: Math.max(8, Math.min(left, innerWidth - cardWidth - 8)) + scrollX,
  };
}
