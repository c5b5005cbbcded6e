/**
 * Moving between mentions without a mouse: Alt+Shift+J steps a keyboard cursor through the
 * marks, Enter opens the brief of the mention it is on, Esc closes the card; and the popup's
 * "reveal" request scrolls to a topic's next mention and opens its card.
 */
import { onMessages, type ContentMessages } from '../../utils/browser/messages';
import type { CardController } from './card-controller';
import type { Mention } from './highlighter';
import type { PageState } from './page-state';

export class MentionNavigation {
  /** The mention the keyboard shortcut is on. */
  private cursor: Mention | undefined;
  /** Per topic, which of its mentions the popup reveals next. */
  private readonly nextReveal = new Map<string, number>();

  constructor(
    private readonly page: PageState,
    private readonly card: CardController,
  ) {
    const { highlighter, lifetime } = page;
    lifetime.onReaderInput<KeyboardEvent>(document, 'keydown', (event) => {
      if (event.key === 'Escape' && card.isOpen) {
        card.close(true);
        return;
      }
      if (card.contains(event) || isEditable(event.target)) return;
      if (event.altKey && event.shiftKey && event.code === 'KeyJ') {
        const list = highlighter.ordered;
        if (!list.length) return;
        this.cursor = list[(this.cursor ? list.indexOf(this.cursor) + 1 : 0) % list.length];
        highlighter.setCurrent(this.cursor);
        this.cursor?.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        event.preventDefault();
      } else if (event.key === 'Enter' && this.cursor && !(event.target instanceof Element && event.target.closest('a, button'))) {
        event.preventDefault();
        void card.open(this.cursor);
      }
    });
    const removeMessages = onMessages<ContentMessages>({
      revealMention: ({ topicId }) => this.reveal(topicId),
    });
    lifetime.onEnd(removeMessages);
  }

  /** Forgets the cursor if its mention is no longer marked (call after the marks change). */
  marksChanged(): void {
    const { cursor } = this;
    if (cursor && !this.page.highlighter.ordered.some((m) => m.found === cursor.found)) {
      this.cursor = undefined;
      this.page.highlighter.setCurrent(undefined);
    }
  }

  /** Scrolls to the topic's next mention and opens its card; false when the page has none. */
  private reveal(topicId: string): boolean {
    const list = this.page.highlighter.mentions.get(topicId);
    if (!list?.length) return false;
    const i = (this.nextReveal.get(topicId) ?? 0) % list.length;
    this.nextReveal.set(topicId, i + 1);
    const mention = list[i]!;
    mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    void this.card.open(mention);
    return true;
  }
}

/** True for inputs, text areas and editors: keys typed there are the reader's, not ours. */
function isEditable(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}
