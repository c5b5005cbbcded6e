/**
 * Moving between mentions without a mouse: Alt+Shift+J steps a keyboard cursor through the
 * marks, Enter opens the brief of the mention it is on, Esc closes the card; and the popup's
 * "reveal" request scrolls to a topic's next mention and opens its card.
 */
import { onMessages, type ContentMessages } from '../../utils/browser/messages';
import type { CardController } from './card-controller';
import type { MarkedMention } from './highlighter';
import type { PageState } from './page-state';
import { liveRange } from './ranges';
import { invoke, parentOf, property } from '../../utils/dom/native';
import { composedClosest, composedContains, eventElement } from '../../utils/dom/shadow-roots';

export interface MentionNavigation {
  /** Forgets the cursor if its mention is no longer marked (call after the marks change). */
  marksChanged(): void;
}

/**
 * Scrolls a mention to the middle of the window: its element first (through the DOM's own method: the element may be a
 * form), which also scrolls the boxes around it (an app shell's story); then, when that element is taller than what
 * shows it (a story written as lines between <br>s, a transcript's paragraph in a box that scrolls) and its middle
 * left the mention out of view, the nearest such box to the mention, and the window.
 */
function scrollTo(mention: MarkedMention): void {
  const el = mention.range.startContainer.parentElement;
  if (!el) return;
  invoke(el, 'scrollIntoView', { block: 'center' });
  const middle = (r: DOMRect) => r.top + r.height / 2;
  const rect = () => liveRange(mention.range).getBoundingClientRect();
  const box = scrollingBox(el);
  if (box) {
    const shown = invoke(box, 'getBoundingClientRect');
    const r = rect();
    if (r.top < shown.top || r.bottom > shown.bottom) {
      invoke(box, 'scrollBy', 0, middle(r) - middle(shown));
      invoke(box, 'scrollIntoView', { block: 'nearest' });
    }
  }
  const r = rect();
  if (r.top < 0 || r.bottom > window.innerHeight) window.scrollBy({ top: middle(r) - window.innerHeight / 2 });
}

/** The nearest box around `el` that scrolls its content vertically, below the page's own scrolling element. */
function scrollingBox(el: Element): Element | undefined {
  const page = document.scrollingElement;
  for (let e: Element | null = el; e && e !== page && e !== document.body; e = parentOf(e)) {
    if (/auto|scroll|overlay/.test(getComputedStyle(e).overflowY) && property(e, 'scrollHeight') > property(e, 'clientHeight')) return e;
  }
  return undefined;
}

/** Where Enter is the page's: a link, a button, a question's `<summary>`, a widget or anything the page made focusable. */
const PAGE_CONTROLS =
  'a[href], button, summary, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="option"], [role="checkbox"], [role="switch"], [tabindex]:not([tabindex^="-"])';

/**
 * Whether Enter on the focused element is the page's: a control, or an element the page made focusable that does not
 * hold the cursor's mention (a story's `<article tabindex="0">`, focused by a click in it, does).
 */
function isPageControl(target: Element, cursor: MarkedMention): boolean {
  const control = composedClosest(target, PAGE_CONTROLS);
  return (
    control !== null &&
    !(invoke(control, 'matches', '[tabindex]:not(a, button, summary, [role])') && composedContains(control, cursor.range.startContainer))
  );
}

/** Whether a mention is inside the window. */
function inView(mention: MarkedMention): boolean {
  const r = liveRange(mention.range).getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight;
}

/** Listens for the keyboard shortcuts and the popup's reveal requests. */
export function mentionNavigation(page: PageState, card: CardController): MentionNavigation {
  const { highlighter, lifetime } = page;
  /** The mention the keyboard shortcut is on. */
  let cursor: MarkedMention | undefined;
  /** Per topic, which of its mentions the popup reveals next. */
  const nextReveal = new Map<string, number>();

  // At the window in the capture phase, as the card's clicks (card-controller.ts): a page's own listener cannot stop it.
  lifetime.onTrustedEvent<KeyboardEvent>(
    window,
    'keydown',
    (event) => {
      if (event.key === 'Escape' && card.isOpen) {
        // A site's dialog opened over the card takes Esc, as it would without us.
        if (card.isCovered) return;
        // Escape closes the card only: not also the modal dialog (a reading overlay) the card opened in.
        event.preventDefault();
        card.close(true);
        return;
      }
      // Keys typed in a web component's input reach us with its host as their target: its own element decides.
      const target = eventElement(event);
      if (card.contains(event) || isEditable(target)) return;
      if (event.altKey && event.shiftKey && event.code === 'KeyJ') {
        const list = highlighter.ordered;
        if (!list.length) return;
        cursor = list[(cursor ? list.indexOf(cursor) + 1 : 0) % list.length];
        highlighter.setCurrent(cursor);
        // Enter may follow: the card's code loads meanwhile.
        card.prepare();
        if (cursor) scrollTo(cursor);
        event.preventDefault();
      } else if (event.key === 'Enter' && cursor && !(target && isPageControl(target, cursor))) {
        event.preventDefault();
        // The reader may have scrolled away from the cursor since.
        if (!inView(cursor)) scrollTo(cursor);
        card.open(cursor).catch(() => undefined);
      }
    },
    { capture: true },
  );

  /** Scrolls to the topic's next mention and opens its card; false when the page has none. */
  const reveal = (topicId: string): boolean => {
    const list = highlighter.mentions.get(topicId);
    if (!list?.length) return false;
    const i = (nextReveal.get(topicId) ?? 0) % list.length;
    nextReveal.set(topicId, i + 1);
    const mention = list[i]!;
    scrollTo(mention);
    card.open(mention).catch(() => undefined);
    return true;
  };
  lifetime.onEnd(onMessages<ContentMessages>({ revealMention: ({ topicId }) => reveal(topicId) }));

  return {
    marksChanged() {
      const current = cursor;
      if (!current || highlighter.ordered.includes(current)) return;
      // A full scan makes new mentions: the cursor stays on the one at the same place.
      const { startContainer, startOffset } = current.range;
      cursor = highlighter.ordered.find((m) => m.range.startContainer === startContainer && m.range.startOffset === startOffset);
      highlighter.setCurrent(cursor);
    },
  };
}

/** True for inputs, text areas and editors: keys typed there are the reader's, not ours. */
function isEditable(target: Element | null): boolean {
  return target !== null && composedClosest(target, 'input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}
